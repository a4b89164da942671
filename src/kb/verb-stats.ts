/**
 * `node dist/kb/verb-stats.js [KB_DIR]`: validate the verb KB and print lemma and
 * pattern counts per CAMEO root, then the codes no pattern or verb reaches.
 * @module
 */
import { CAMEO_CODES } from '../events/cameo.js';
import { AnnalsError } from '../errors.js';
import { loadVerbKb, parseVerbPhrase, type VerbPhrase } from './kb.js';
import { duplicateVerbs, expressibleCodes, kbStats, NOT_EXPRESSIBLE } from './stats.js';

try {
  const kb = loadVerbKb(process.argv[2]);
  const st = kbStats(kb);
  const roots = [...st.byRoot.keys()].sort();
  console.log('root  lemmas  patterns  codes-reached/codes');
  for (const r of roots) {
    const s = st.byRoot.get(r)!;
    const all = r === 'null' ? 0 : [...CAMEO_CODES.keys()].filter((c) => c.startsWith(r) && c.length > 2).length;
    console.log(`${r.padEnd(5)} ${String(s.lemmas).padStart(6)}  ${String(s.patterns).padStart(8)}  ${r === 'null' ? '-' : `${s.codes.size}/${all}`}`);
  }
  const phrases = kb.entries.flatMap((e) => e.verbs.map((v) => (parseVerbPhrase(v) as VerbPhrase).words));
  const single = new Set(phrases.filter((w) => w.length === 1).map((w) => w[0]));
  const heads = new Set(phrases.map((w) => w[0]));
  console.log(`total: ${st.lemmas} distinct verb lemmas (${single.size} one-word verbs, ${st.lemmas - single.size} multiword; ${heads.size} distinct head verbs), ${st.patterns} patterns, ${st.entries} entries, ${st.synsets} synsets`);
  const missing = expressibleCodes().filter((c) => !st.reached.has(c));
  console.log(`codes without a verb or pattern: ${missing.length ? missing.join(' ') : 'none'}`);
  const dups = duplicateVerbs(kb);
  if (dups.size) console.log(`verbs listed twice: ${[...dups].map(([v, l]) => `${v} (${l.join(', ')})`).join('; ')}`);
  console.log(`codes judged not expressible: ${[...NOT_EXPRESSIBLE.keys()].join(' ')} (${NOT_EXPRESSIBLE.size})`);
} catch (e) {
  if (e instanceof AnnalsError) {
    console.error(e.message);
    process.exitCode = 1;
  } else throw e;
}
