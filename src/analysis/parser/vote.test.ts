import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_VOTE_N, Voter } from './vote.js';

/** Heads 0-based, n = root: one root child, acyclic, no crossing arcs (positions: root = -1). */
function isProjectiveTree(head: ArrayLike<number>, n: number): boolean {
  let roots = 0;
  for (let d = 0; d < n; d++) if (head[d] === n) roots++;
  if (roots !== 1) return false;
  for (let d = 0; d < n; d++) {
    let a = d;
    for (let steps = 0; a !== n; steps++) {
      if (steps > n) return false;
      a = head[a];
    }
  }
  const pos = (h: number): number => (h === n ? -1 : h);
  for (let d = 0; d < n; d++) {
    const lo = Math.min(pos(head[d]), d);
    const hi = Math.max(pos(head[d]), d);
    for (let e = 0; e < n; e++) {
      const lo2 = Math.min(pos(head[e]), e);
      const hi2 = Math.max(pos(head[e]), e);
      if (lo < lo2 && lo2 < hi && hi < hi2) return false;
    }
  }
  return true;
}

/** Best tree by enumeration of every head assignment (tiny n only). */
function bruteForce(n: number, heads: number[][], weights: number[][]): number {
  let best = -Infinity;
  const h = new Array<number>(n).fill(0);
  const rec = (d: number): void => {
    if (d === n) {
      if (!isProjectiveTree(h, n)) return;
      let s = 0;
      for (let i = 0; i < n; i++) {
        let w = 0;
        let proposed = false;
        heads.forEach((hk, k) => {
          if (hk[i] === h[i]) {
            w += weights[k][i];
            proposed = true;
          }
        });
        if (!proposed) return;
        s += w;
      }
      best = Math.max(best, s);
      return;
    }
    for (let x = 0; x <= n; x++) {
      if (x === d) continue;
      h[d] = x;
      rec(d + 1);
    }
  };
  rec(0);
  return best;
}

function treeWeight(out: Int32Array, heads: number[][], weights: number[][]): number {
  let s = 0;
  for (let i = 0; i < out.length; i++) heads.forEach((hk, k) => (s += hk[i] === out[i] ? weights[k][i] : 0));
  return s;
}

test('vote: agreeing parses come back unchanged, from the first parse', () => {
  const v = new Voter();
  const h = [1, 3, 1]; // 0 <- 1 -> 2, 1 is the root (n = 3)
  const out = new Int32Array(3);
  const from = new Int32Array(3).fill(9);
  v.vote(3, [h, h], [[1, 1, 1], [1, 1, 1]], out, from);
  assert.deepEqual([...out], h);
  assert.deepEqual([...from], [0, 0, 0]);
});

test('vote: the majority of three parses wins per arc, and from names a parse that proposed it', () => {
  const v = new Voter();
  // "They met leaders ." n = 4: A and B attach '.' to 'met' (1), C to 'leaders' (2).
  const a = [1, 4, 1, 1];
  const b = [1, 4, 1, 1];
  const c = [1, 4, 1, 2];
  const one = [1, 1, 1, 1];
  const out = new Int32Array(4);
  const from = new Int32Array(4);
  v.vote(4, [c, a, b], [one, one, one], out, from);
  assert.deepEqual([...out], [1, 4, 1, 1]);
  assert.equal(from[3], 1);
  assert.equal(from[0], 0);
  // Weights decide when they outweigh the count.
  v.vote(4, [c, a, b], [[1, 1, 1, 3], one, one], out, from);
  assert.deepEqual([...out], c);
});

test('vote: when the per-token best heads form no tree, the best projective tree is decoded', () => {
  const v = new Voter();
  // Parse 1 and 2 are trees; their per-token favourites make two roots
  // (token 0 from parse 1, token 2 from parse 2).
  const p1 = [3, 0, 0];
  const p2 = [1, 3, 1];
  const p3 = [3, 2, 3];
  const w1 = [5, 1, 1];
  const w2 = [1, 1, 5];
  const w3 = [1, 1, 1];
  const out = new Int32Array(3);
  const from = new Int32Array(3);
  v.vote(3, [p1, p2, p3], [w1, w2, w3], out, from);
  assert.ok(isProjectiveTree(out, 3), `not a projective tree: ${[...out]}`);
  assert.equal(treeWeight(out, [p1, p2, p3], [w1, w2, w3]), bruteForce(3, [p1, p2, p3], [w1, w2, w3]));
});

test('vote: matches exhaustive search on random projective parses', () => {
  // Deterministic pseudo-random trees: random projective trees are built by
  // attaching each token to a neighbour span head (a chain or a flat tree mix).
  let seed = 12345;
  const rand = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const randomProjective = (n: number): number[] => {
    // Build by recursive splitting: pick a head in [lo, hi], attach sub-spans to it.
    const head = new Array<number>(n).fill(n);
    const build = (lo: number, hi: number, parent: number): void => {
      if (lo > hi) return;
      const r = lo + Math.floor(rand() * (hi - lo + 1));
      head[r] = parent;
      build(lo, r - 1, r);
      build(r + 1, hi, r);
    };
    build(0, n - 1, n);
    return head;
  };
  const v = new Voter();
  for (let trial = 0; trial < 60; trial++) {
    const n = 2 + (trial % 4);
    const k = 2 + (trial % 3);
    const heads = Array.from({ length: k }, () => randomProjective(n));
    const weights = heads.map(() => Array.from({ length: n }, () => 0.1 + rand()));
    for (const h of heads) assert.ok(isProjectiveTree(h, n));
    const out = new Int32Array(n);
    const from = new Int32Array(n);
    v.vote(n, heads, weights, out, from);
    assert.ok(isProjectiveTree(out, n), `trial ${trial}: not a projective tree: ${[...out]}`);
    const got = treeWeight(out, heads, weights);
    const want = bruteForce(n, heads, weights);
    assert.ok(Math.abs(got - want) < 1e-9, `trial ${trial}: weight ${got}, best ${want}`);
    for (let d = 0; d < n; d++) assert.equal(heads[from[d]][d], out[d]);
  }
});

test('vote: sentences longer than MAX_VOTE_N keep the first parse', () => {
  const n = MAX_VOTE_N + 5;
  const chain = Array.from({ length: n }, (_, i) => (i === 0 ? n : i - 1));
  const flat = Array.from({ length: n }, (_, i) => (i === 0 ? n : 0));
  const out = new Int32Array(n);
  const from = new Int32Array(n);
  new Voter().vote(n, [chain, flat, flat], [new Array(n).fill(1), new Array(n).fill(1), new Array(n).fill(1)], out, from);
  assert.deepEqual([...out], chain);
});
