/**
 * Diagnostic only: turn a Penn Treebank constituency tree (as in PETRARCH's
 * `<Parse>` blocks) into a UD-style dependency Doc with head rules. It lets the
 * validation harness separate coder errors from parser errors
 * (`validate-run.js --gold-parse`); annals itself always codes from text.
 * @module
 */
import { AnnalsError } from '../errors.js';
import type { Doc } from '../analysis/doc.js';
import { makeDoc, type HandSentence } from './testing.js';

interface Node {
  label: string;
  kids: Node[];
  word?: string;
  /** Token index of the lexical head (set during conversion). */
  head: number;
  /** A VP under a passive "be": its by-phrase is the agent. */
  passive?: boolean;
}

function parseTrees(src: string): Node[] {
  const toks = src.match(/\(|\)|[^\s()]+/g) ?? [];
  let i = 0;
  const read = (): Node => {
    if (toks[i] !== '(') throw new AnnalsError('E_INPUT', `Penn tree: expected '(' at token ${i}`);
    i++;
    let label = '';
    if (toks[i] !== '(' && toks[i] !== ')') label = toks[i++];
    const node: Node = { label, kids: [], head: -1 };
    while (i < toks.length && toks[i] !== ')') {
      if (toks[i] === '(') node.kids.push(read());
      else node.word = toks[i++];
    }
    i++;
    return node;
  };
  const out: Node[] = [];
  while (i < toks.length) {
    // Some hand-edited trees close one bracket too many: skip to the next tree.
    if (toks[i] !== '(') {
      i++;
      continue;
    }
    const root = read();
    out.push(root.label === '' || root.label === 'ROOT' ? (root.kids.length === 1 ? root.kids[0] : root) : root);
  }
  return out;
}

/** Convert the Penn trees in `src` (one per sentence) to a parsed Doc. */
export function pennToDoc(src: string): Doc {
  return makeDoc(...parseTrees(src).map(treeToSentence));
}

const VERB_TAGS = new Set(['VB', 'VBD', 'VBZ', 'VBP', 'VBN', 'VBG', 'MD']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", "'m"]);
const TAG_UPOS: Record<string, string> = {
  NN: 'NOUN', NNS: 'NOUN', NNP: 'PROPN', NNPS: 'PROPN', VB: 'VERB', VBD: 'VERB', VBZ: 'VERB', VBP: 'VERB',
  VBN: 'VERB', VBG: 'VERB', MD: 'AUX', JJ: 'ADJ', JJR: 'ADJ', JJS: 'ADJ', RB: 'ADV', RBR: 'ADV', RBS: 'ADV',
  IN: 'ADP', TO: 'PART', DT: 'DET', PDT: 'DET', PRP: 'PRON', 'PRP$': 'PRON', WP: 'PRON', WDT: 'PRON', WRB: 'ADV',
  CC: 'CCONJ', CD: 'NUM', POS: 'PART', RP: 'ADP', EX: 'PRON', UH: 'INTJ', FW: 'X', SYM: 'SYM',
};

function treeToSentence(root: Node): HandSentence {
  const words: string[] = [];
  const tags: string[] = [];
  const leaves = (n: Node): void => {
    if (n.word !== undefined && n.kids.length === 0) {
      n.head = words.length;
      words.push(n.word.replace(/^-LRB-$/, '(').replace(/^-RRB-$/, ')'));
      tags.push(n.label);
    } else n.kids.forEach(leaves);
  };
  leaves(root);
  const head = new Array<number>(words.length).fill(-2);
  const dep = new Array<string>(words.length).fill('dep');
  const upos = tags.map((t) => TAG_UPOS[t] ?? (/^[^A-Za-z]/.test(t) ? 'PUNCT' : 'X'));
  const attach = (d: number, h: number, rel: string): void => {
    if (d < 0 || h < 0 || d === h) return;
    head[d] = h;
    dep[d] = rel;
  };
  const base = (l: string): string => l.split(/[-=]/)[0] || l;
  const isVerbal = (n: Node): boolean => base(n.label) === 'VP' || VERB_TAGS.has(n.label);

  /** Compute heads bottom-up, attaching non-head children with a relation. */
  const conv = (n: Node): number => {
    if (n.kids.length === 0) return n.head;
    const ks = n.kids;
    if (base(n.label) === 'VP') {
      const be = ks.find((k) => VERB_TAGS.has(k.label) && BE.has(k.word?.toLowerCase() ?? ''));
      const inner = ks.find((k) => base(k.label) === 'VP');
      if (be && inner && firstVerbTag(inner) === 'VBN') inner.passive = true;
    }
    const hs = ks.map(conv);
    const L = base(n.label);
    const lab = ks.map((k) => base(k.label));
    let h = -1;
    const find = (pred: (l: string, k: Node) => boolean, fromEnd = false): number => {
      const idx = fromEnd ? [...ks.keys()].reverse() : [...ks.keys()];
      for (const i of idx) if (pred(lab[i], ks[i])) return i;
      return -1;
    };
    // Coordination: X -> X (,) CC X.
    const ccI = find((l) => l === 'CC');
    let hi = -1;
    if (L === 'VP') {
      const inner = find((l) => l === 'VP');
      const vI = find((l, k) => VERB_TAGS.has(k.label) || l === 'TO');
      if (ccI > 0 && inner >= 0 && inner < ccI) hi = inner;
      else if (vI >= 0 && inner > vI) hi = inner; // aux + VP: the inner verb heads (UD)
      else if (vI >= 0) {
        // Copula: "is X" with a non-verbal predicate -> predicate heads.
        const w = ks[vI].word?.toLowerCase() ?? '';
        const pred = find((l) => ['NP', 'ADJP', 'PP'].includes(l));
        const hasObjVerb = find((l) => l === 'S' || l === 'SBAR' || l === 'VP');
        if (BE.has(w) && pred > vI && hasObjVerb < 0 && lab[pred] !== 'PP') hi = pred;
        else hi = vI;
      } else hi = inner >= 0 ? inner : 0;
    } else if (L === 'S' || L === 'SINV' || L === 'SQ') {
      hi = find((l) => l === 'VP');
      if (hi < 0) hi = find((l) => l === 'S');
      if (hi < 0) hi = find((l) => l !== ',' && l !== '.');
    } else if (L === 'SBAR') {
      hi = find((l) => l.startsWith('S'));
      if (hi < 0) hi = ks.length - 1;
    } else if (L === 'PP') {
      hi = find((l) => l === 'NP' || l === 'S' || l === 'SBAR' || l === 'ADJP' || l === 'ADVP');
      if (hi < 0) hi = 0;
    } else if ((L === 'NP' || L === 'NX' || L === 'NML') && ccI > 0 && lab.every((l, i) => i === ccI || l === ',' || !ks[i].kids.length)) {
      // Flat coordination "(NP (NNP A) (, ,) (NNP B) (CC and) (NNP C))": split into conjuncts.
      const groups: number[][] = [[]];
      ks.forEach((k, i) => {
        if (lab[i] === ',' || lab[i] === 'CC') {
          if (groups[groups.length - 1].length > 0) groups.push([]);
        } else groups[groups.length - 1].push(i);
      });
      const heads = groups.filter((g) => g.length > 0).map((g) => g[g.length - 1]);
      hi = heads[0];
      h = hs[hi];
      for (const g of groups)
        for (const i of g) {
          const gh = g[g.length - 1];
          if (i !== gh) attach(hs[i], hs[gh], /^DT/.test(ks[i].label) ? 'det' : /^JJ/.test(ks[i].label) ? 'amod' : 'compound');
        }
      for (const gh of heads.slice(1)) attach(hs[gh], h, 'conj');
      ks.forEach((k, i) => {
        if (lab[i] === ',') attach(hs[i], h, 'punct');
        else if (lab[i] === 'CC') attach(hs[i], h, 'cc');
      });
      n.head = h;
      return h;
    } else if (L === 'NP' || L === 'NX' || L === 'NML' || L === 'WHNP') {
      if (ccI > 0 && lab[0] === 'NP') hi = 0;
      else if (lab[0] === 'NP' && ks.length > 1 && lab.slice(1).some((l) => ['PP', 'SBAR', 'VP', 'S', ',', 'NP'].includes(l))) hi = 0;
      else {
        hi = find((l, k) => /^NN|^PRP$|^CD$|^NP$|^NML$|^JJ|^DT$/.test(k.label) && l !== 'POS', true);
        // Last noun before a possessive-closing element
        const nn = find((l, k) => /^NN/.test(k.label) || l === 'NML' || k.label === 'PRP' || k.label === 'CD', true);
        if (nn >= 0) hi = nn;
        if (hi < 0) hi = ks.length - 1;
      }
    } else if (L === 'ADJP' || L === 'WHADJP') {
      hi = find((l, k) => /^JJ/.test(k.label), true);
      if (hi < 0) hi = find((l, k) => /^(RB|VBN|VBG)/.test(k.label) || l === 'ADJP', true);
      if (hi < 0) hi = ks.length - 1;
    } else if (L === 'ADVP' || L === 'WHADVP') {
      hi = find((l, k) => /^RB|^IN/.test(k.label), true);
      if (hi < 0) hi = ks.length - 1;
    } else if (L === 'PRT') hi = 0;
    else hi = find((l) => l !== ',' && l !== '.' && l !== ':') >= 0 ? find((l) => l !== ',' && l !== '.' && l !== ':') : 0;
    h = hs[hi];
    const headNode = ks[hi];
    const passive =
      L === 'VP' &&
      headNode.label === 'VP' &&
      ks.some((k) => VERB_TAGS.has(k.label) && BE.has(k.word?.toLowerCase() ?? '')) &&
      /VBN/.test(firstVerbTag(headNode));
    for (let i = 0; i < ks.length; i++) {
      if (i === hi) continue;
      const k = ks[i];
      const l = lab[i];
      const d = hs[i];
      if (d < 0) continue;
      let rel = 'dep';
      if (l === ',' || l === '.' || l === ':' || l === '``' || l === "''" || l === '-LRB-' || l === '-RRB-') rel = 'punct';
      else if (l === 'CC') rel = 'cc';
      else if (ccI >= 0 && i > ccI && (l === lab[hi] || (isVerbal(k) && isVerbal(headNode)))) rel = 'conj';
      else if (ccI >= 0 && i > hi && i < ccI && l === lab[hi] && (L === 'NP' || L === 'VP')) rel = 'conj';
      else if (L === 'S' || L === 'SINV' || L === 'SQ') {
        if (l === 'NP' && i < hi) rel = passiveOf(headNode) ? 'nsubj:pass' : 'nsubj';
        else if (l === 'PP') rel = 'obl';
        else if (l === 'ADVP' || k.label === 'RB') rel = 'advmod';
        else if (l === 'S' || l === 'SBAR') rel = i < hi ? 'advcl' : 'parataxis';
        else if (l === 'NP') rel = 'obl:npmod';
      } else if (L === 'VP') {
        if (VERB_TAGS.has(k.label) || l === 'TO') {
          const w = k.word?.toLowerCase() ?? '';
          rel = l === 'TO' ? 'mark' : passive && BE.has(w) ? 'aux:pass' : BE.has(w) && !isVerbal(headNode) ? 'cop' : 'aux';
        } else if (l === 'NP') rel = ks.slice(hi + 1, i).some((x) => base(x.label) === 'NP') ? 'obj' : nextNp(ks, i) ? 'iobj' : isTemporal(k) ? 'obl:tmod' : 'obj';
        else if (l === 'PP') rel = passive || n.passive || passiveOf(headNode) ? (ppPrep(k) === 'by' ? 'obl:agent' : 'obl') : 'obl';
        else if (l === 'S') rel = hasSubject(k) ? 'ccomp' : 'xcomp';
        else if (l === 'SBAR') rel = /^(that|whether|if)$/i.test(ppPrep(k)) || !ppPrep(k) ? 'ccomp' : 'advcl';
        else if (l === 'ADVP' || k.label === 'RB') rel = 'advmod';
        else if (l === 'PRT') rel = 'compound:prt';
        else if (l === 'ADJP') rel = 'xcomp';
        else if (l === 'VP') rel = 'conj';
      } else if (L === 'PP') {
        rel = k.label === 'IN' || k.label === 'TO' ? 'case' : 'dep';
      } else if (L === 'SBAR') {
        rel = 'mark';
      } else if (L === 'NP' || L === 'NML' || L === 'WHNP') {
        if (k.label === 'DT' || k.label === 'PDT' || k.label === 'WDT') rel = 'det';
        else if (k.label === 'PRP$' || (l === 'NP' && lastLabel(k) === 'POS')) rel = 'nmod:poss';
        else if (k.label === 'POS') rel = 'case';
        else if (/^JJ/.test(k.label) || l === 'ADJP' || k.label === 'VBN' || k.label === 'VBG') rel = 'amod';
        else if (k.label === 'CD') rel = 'nummod';
        else if (l === 'PP') rel = 'nmod';
        else if (l === 'SBAR') rel = 'acl:relcl';
        else if (l === 'VP' || l === 'S') rel = 'acl';
        else if (l === 'NP' && i > hi) rel = 'appos';
        else if (/^NN/.test(k.label) || l === 'NML' || l === 'NP') rel = i < hi ? (k.label.startsWith('NNP') && headNode.label.startsWith('NNP') ? 'flat' : 'compound') : 'appos';
        else if (k.label === 'RB' || l === 'ADVP') rel = 'advmod';
      } else if (L === 'ADJP' || L === 'ADVP') {
        rel = k.label === 'RB' || l === 'ADVP' ? 'advmod' : l === 'PP' ? 'obl' : l === 'S' ? 'xcomp' : 'dep';
      }
      attach(d, h, rel);
    }
    n.head = h;
    return h;
  };
  const r = conv(root);
  for (let i = 0; i < words.length; i++) if (head[i] === -2 && i !== r) attach(i, r, 'dep');
  return {
    words,
    upos,
    heads: head.map((x, i) => (i === r || x < 0 ? 0 : x + 1)),
    deps: dep.map((x, i) => (i === r ? 'root' : x)),
  };

  function firstVerbTag(n: Node): string {
    if (VERB_TAGS.has(n.label)) return n.label;
    for (const k of n.kids) {
      if (VERB_TAGS.has(k.label)) return k.label;
      if (base(k.label) === 'VP') return firstVerbTag(k);
    }
    return '';
  }
  function passiveOf(vp: Node): boolean {
    if (base(vp.label) !== 'VP') return false;
    const be = vp.kids.find((k) => VERB_TAGS.has(k.label));
    const inner = vp.kids.find((k) => base(k.label) === 'VP');
    if (!be || !inner) return false;
    if (BE.has(be.word?.toLowerCase() ?? '') && firstVerbTag(inner) === 'VBN') return true;
    return passiveOf(inner);
  }
  function ppPrep(pp: Node): string {
    const f = pp.kids[0];
    return f && f.word ? f.word.toLowerCase() : '';
  }
  function hasSubject(s: Node): boolean {
    return s.kids.some((k) => base(k.label) === 'NP');
  }
  function nextNp(ks: Node[], i: number): boolean {
    return ks.slice(i + 1).some((x) => base(x.label) === 'NP');
  }
  function isTemporal(np: Node): boolean {
    return np.kids.some((k) => /^(today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|year|month|night)$/i.test(k.word ?? ''));
  }
  function lastLabel(n: Node): string {
    const k = n.kids[n.kids.length - 1];
    return k ? k.label : '';
  }
}
