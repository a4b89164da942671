/**
 * Test helpers shared by the article-level test files: the codes coreference gives each mention of an invented
 * article, and the article's coded dyads. Not a test file itself (node --test runs only *.test.js).
 */
import type { Annals } from '../annals.js';
import { createActorMatcher } from '../actors/index.js';
import { createArticleActorMatcher } from '../article/coref.js';
import { splitDateline } from '../ingest/text.js';

/** Mentions of an article as coreference codes them: `codes(phrase)` lists the code of each mention whose words are
 * `phrase` or end with it (in order; a pair's mention lists every member's code, "IRQGOV+IRQGOVKUR"), `home` the
 * article's home country. Words are the tokens joined by spaces ("Haider al - Abadi"). */
export function articleMentions(
  annals: Annals,
  text: string,
  dateline: string,
  day: number,
): { codes: (phrase: string) => string[]; home: string | null } {
  const doc = annals.analyzer.analyze(text);
  const matcher = createArticleActorMatcher(createActorMatcher(annals.dictionaries.actors), { countries: annals.dictionaries.actors.countryCodes });
  matcher.setDateline(doc, dateline);
  const all: { words: string; code: string }[] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    for (const m of matcher.match(doc, s, day)) all.push({ words: doc.form.slice(m.start, m.end).join(' '), code: m.codes ? m.codes.join('+') : m.code });
  }
  return {
    codes: (phrase) => all.filter((x) => x.words === phrase || x.words.endsWith(` ${phrase}`)).map((x) => x.code),
    home: matcher.homeOf(doc),
  };
}

/** An article's events as "sentence SOURCE>TARGET CAMEO" strings (sentences counted from 0, after the dateline that
 * `raw` starts with), as `annals code` would emit them with `annals`' options. */
export function articleDyads(annals: Annals, raw: string, date: string): string[] {
  const { text, dateline } = splitDateline(raw);
  const { events } = annals.codeDocument({ id: 't', path: 't.txt', text, date, dateline });
  return events.map((e) => `${e.sentence} ${e.source.code}>${e.target?.code ?? '-'} ${e.cameo}`);
}
