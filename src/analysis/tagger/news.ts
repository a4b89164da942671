/**
 * The news tagging check set (news-check.tsv, invented wire-style sentences):
 * EWT is web text, so its test score says little about the constructions the
 * event coder depends on most (a past-tense verb after its subject). Only the
 * annotated key tokens are scored.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UPOS, XPOS } from '../tags.js';
import { AnnalsError } from '../../errors.js';
import type { Tagger } from './model.js';
import { PACKAGE_ROOT } from './paths.js';

/** Default location of the check set (kept in src: it is evaluation data, not a runtime asset). */
export const DEFAULT_NEWS_CHECK_PATH = join(PACKAGE_ROOT, 'src', 'analysis', 'tagger', 'news-check.tsv');

/** One check sentence: words, and gold tags for key tokens ('' = not scored). */
export interface NewsCheckSentence {
  words: string[];
  upos: string[];
  xpos: string[];
}

/** Parse the check-set format: a sentence per line, key tokens written word/UPOS[/XPOS]; '#' lines are comments. */
export function parseNewsCheck(text: string, file = '<news check>'): NewsCheckSentence[] {
  const out: NewsCheckSentence[] = [];
  const lines = text.split('\n');
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln].trim();
    if (line === '' || line.startsWith('#')) continue;
    const s: NewsCheckSentence = { words: [], upos: [], xpos: [] };
    for (const tok of line.split(' ')) {
      const parts = tok.split('/');
      // A lone '/' or a token like 'w/o' without a known tag is an ordinary word.
      if (parts.length >= 2 && parts[0] !== '' && (UPOS as readonly string[]).includes(parts[1])) {
        if (parts.length > 3 || (parts.length === 3 && !(XPOS as readonly string[]).includes(parts[2]))) {
          throw new AnnalsError('E_INPUT', `bad key token '${tok}'`, { file, line: ln + 1 });
        }
        s.words.push(parts[0]);
        s.upos.push(parts[1]);
        s.xpos.push(parts[2] ?? '');
      } else {
        s.words.push(tok);
        s.upos.push('');
        s.xpos.push('');
      }
    }
    out.push(s);
  }
  return out;
}

/** Key-token scores: UPOS over all keys, XPOS over keys that give one, and the failures. */
export interface NewsCheckScore {
  keys: number;
  upos: number;
  xposKeys: number;
  xpos: number;
  /** Sentences with at least one wrong key: "word/GOLD->PRED" markers in context. */
  errors: string[];
}

/** Tag every check sentence and score the key tokens. */
export function scoreNewsCheck(tagger: Pick<Tagger, 'tagSentence'>, sents: readonly NewsCheckSentence[]): NewsCheckScore {
  let keys = 0;
  let u = 0;
  let xk = 0;
  let x = 0;
  const errors: string[] = [];
  for (const s of sents) {
    const uo = new Uint8Array(s.words.length);
    const xo = new Uint8Array(s.words.length);
    tagger.tagSentence(s.words, uo, xo);
    let bad = false;
    const shown = s.words.map((w, i) => {
      if (s.upos[i] === '') return w;
      keys++;
      const pu = UPOS[uo[i]];
      const px = XPOS[xo[i]];
      let ok = pu === s.upos[i];
      if (ok) u++;
      if (s.xpos[i] !== '') {
        xk++;
        if (px === s.xpos[i]) x++;
        else ok = false;
      }
      if (ok) return w;
      bad = true;
      return `${w}/${s.upos[i]}${s.xpos[i] ? '/' + s.xpos[i] : ''}->${pu}/${px}`;
    });
    if (bad) errors.push(shown.join(' '));
  }
  return { keys, upos: keys ? u / keys : 0, xposKeys: xk, xpos: xk ? x / xk : 0, errors };
}

/** Read and parse the check set file. */
export function readNewsCheck(path: string = DEFAULT_NEWS_CHECK_PATH): NewsCheckSentence[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new AnnalsError('E_INPUT', `cannot read news check set: ${(e as Error).message}`, { file: path });
  }
  return parseNewsCheck(text, path);
}
