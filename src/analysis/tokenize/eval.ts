/**
 * Evaluate the tokenizer against UD English EWT (dev and test by default).
 *
 *   node dist/analysis/tokenize/eval.js [--errors N] [--par-sep '\n'|'\n\n'] [file.conllu ...]
 *
 * Token-boundary F1: each sentence's `# text` is tokenised and predicted token
 * spans (start, end) are compared exactly with gold spans. Gold spans come from
 * the token lines aligned to the text; a multiword token ("don't" = "do" + "n't")
 * counts as its split words when their forms concatenate to the surface form,
 * which is what the parser consumes, and as the one surface span otherwise
 * (e.g. "won't" = "wo" + "n't" is split, "dont" = "do" + "nt" is split too; a
 * typo-normalised MWT whose words do not spell the surface stays one span).
 *
 * Sentence-boundary F1: each `# newdoc` is rebuilt as one text (sentences of a
 * paragraph joined by a space, paragraphs by `--par-sep`, default one newline),
 * tokenised whole, and predicted sentence start offsets are compared with the
 * gold ones. The start of the document itself is not counted.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from './index.js';

interface GoldSent {
  text: string;
  spans: [number, number][];
  newdoc: boolean;
  newpar: boolean;
}

/** Read sentences and align their tokens to `# text`; returns misaligned count too. */
function readGold(path: string): { sents: GoldSent[]; misaligned: number } {
  const sents: GoldSent[] = [];
  let misaligned = 0;
  let text: string | undefined;
  let newdoc = false;
  let newpar = false;
  let units: { surface: string; words: string[] }[] = [];
  let mwtEnd = 0;
  const flush = (): void => {
    if (text === undefined || units.length === 0) return;
    const spans: [number, number][] = [];
    let pos = 0;
    let ok = true;
    for (const u of units) {
      while (pos < text.length && /\s/.test(text[pos])) pos++;
      let at = text.startsWith(u.surface, pos) ? pos : -1;
      if (at < 0) {
        const found = text.indexOf(u.surface, pos);
        if (found >= 0 && found - pos <= 3) at = found;
      }
      if (at < 0) {
        ok = false;
        break;
      }
      if (u.words.length > 1 && u.words.join('') === u.surface) {
        let p = at;
        for (const w of u.words) {
          spans.push([p, p + w.length]);
          p += w.length;
        }
      } else spans.push([at, at + u.surface.length]);
      pos = at + u.surface.length;
    }
    if (ok) sents.push({ text, spans, newdoc, newpar });
    else misaligned++;
  };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line === '') {
      flush();
      text = undefined;
      units = [];
      newdoc = false;
      newpar = false;
      mwtEnd = 0;
      continue;
    }
    if (line.startsWith('#')) {
      if (line.startsWith('# text = ')) text = line.slice(9);
      else if (line.startsWith('# newdoc')) {
        newdoc = true;
        newpar = true;
      } else if (line.startsWith('# newpar')) newpar = true;
      continue;
    }
    const cols = line.split('\t');
    const id = cols[0];
    if (id.includes('.')) continue;
    const dash = id.indexOf('-');
    if (dash > 0) {
      units.push({ surface: cols[1], words: [] });
      mwtEnd = Number(id.slice(dash + 1));
      continue;
    }
    const n = Number(id);
    if (n <= mwtEnd) units[units.length - 1].words.push(cols[1]);
    else units.push({ surface: cols[1], words: [cols[1]] });
  }
  flush();
  return { sents, misaligned };
}

function f1(tp: number, pred: number, gold: number): string {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${(100 * p).toFixed(2)}  R ${(100 * r).toFixed(2)}  F1 ${(100 * f).toFixed(2)}`;
}

function main(): void {
  const args = process.argv.slice(2);
  let showErrors = 0;
  let parSep = '\n';
  const files: string[] = [];
  for (let k = 0; k < args.length; k++) {
    if (args[k] === '--errors') showErrors = Number(args[++k]);
    else if (args[k] === '--par-sep') parSep = args[++k].replaceAll('\\n', '\n');
    else files.push(args[k]);
  }
  if (files.length === 0) {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'corpora', 'ud-english-ewt');
    files.push(join(root, 'en_ewt-ud-dev.conllu'), join(root, 'en_ewt-ud-test.conllu'));
  }
  for (const file of files) {
    if (!existsSync(file)) {
      console.error(`missing ${file}`);
      process.exitCode = 1;
      continue;
    }
    const { sents, misaligned } = readGold(file);
    // Tokens.
    let tp = 0;
    let npred = 0;
    let ngold = 0;
    let shown = 0;
    for (const s of sents) {
      const t = tokenize(s.text);
      const gold = new Set(s.spans.map(([a, b]) => a * 100000 + b));
      ngold += gold.size;
      npred += t.start.length;
      let bad = false;
      for (let i = 0; i < t.start.length; i++) {
        if (gold.has(t.start[i] * 100000 + t.end[i])) tp++;
        else bad = true;
      }
      if (bad || t.start.length !== s.spans.length) {
        if (shown < showErrors) {
          shown++;
          const g = s.spans.map(([a, b]) => s.text.slice(a, b)).join(' | ');
          const p = Array.from(t.start, (a, i) => s.text.slice(a, t.end[i])).join(' | ');
          console.log(`GOLD ${g}\nPRED ${p}\n`);
        }
      }
    }
    // Sentences: rebuild each document.
    let stp = 0;
    let spred = 0;
    let sgold = 0;
    let sshown = 0;
    let docs = 0;
    const runDoc = (doc: GoldSent[]): void => {
      if (doc.length === 0) return;
      docs++;
      let text = '';
      const goldStarts = new Set<number>();
      doc.forEach((s, k) => {
        if (k > 0) {
          text += s.newpar ? parSep : ' ';
          goldStarts.add(text.length);
        }
        text += s.text;
      });
      const t = tokenize(text);
      const predStarts = new Set<number>();
      for (let q = 1; q < t.sentStart.length; q++) predStarts.add(t.start[t.sentStart[q]]);
      sgold += goldStarts.size;
      spred += predStarts.size;
      for (const p of predStarts) {
        if (goldStarts.has(p)) stp++;
        else if (sshown < showErrors) {
          sshown++;
          console.log(`FALSE SPLIT: ...${JSON.stringify(text.slice(Math.max(0, p - 60), p))} || ${JSON.stringify(text.slice(p, p + 40))}`);
        }
      }
      for (const g of goldStarts) {
        if (!predStarts.has(g) && sshown < showErrors) {
          sshown++;
          console.log(`MISSED SPLIT: ...${JSON.stringify(text.slice(Math.max(0, g - 60), g))} || ${JSON.stringify(text.slice(g, g + 40))}`);
        }
      }
    };
    let doc: GoldSent[] = [];
    for (const s of sents) {
      if (s.newdoc) {
        runDoc(doc);
        doc = [];
      }
      doc.push(s);
    }
    runDoc(doc);
    const name = file.split('/').pop();
    console.log(`${name}: ${sents.length} sentences (${misaligned} skipped: gold tokens not found in # text)`);
    console.log(`  tokens    gold ${ngold} pred ${npred}  ${f1(tp, npred, ngold)}`);
    console.log(`  sentences ${docs} docs, gold starts ${sgold} pred ${spred}  ${f1(stp, spred, sgold)}`);
  }
}

main();
