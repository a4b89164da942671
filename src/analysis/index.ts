/**
 * The analysis layer: raw text -> tokens, sentences, POS tags, lemmas and a UD
 * dependency parse, in one {@link Doc}.
 * @example
 * const analyzer = loadAnalyzer();
 * const doc = analyzer.analyze('Iraq and Iran agreed to restore ties.');
 * doc.token(2).lemma // 'agree'
 * @module
 */
import { Doc } from './doc.js';
import { checkStages, runStages, type Stage } from './pipeline.js';
import { tokenize, tokenizeHorizontal } from './tokenize/index.js';
import { loadTagger, taggerStage } from './tagger/index.js';
import { loadLemmatizer, lemmaStage } from './lemma/index.js';
import { loadParser, parserStage } from './parser/index.js';
import { tenseStage } from './tense.js';
import { FormTable } from './forms.js';

export { Doc, Span, Token } from './doc.js';
export type { Annotation, TokenizedText } from './doc.js';
export type { Stage } from './pipeline.js';
export { FormTable } from './forms.js';
export { parseConllu, toConllu } from './conllu.js';
export { tokenize, tokenizeHorizontal } from './tokenize/index.js';
export { UPOS, XPOS, DEPREL } from './tags.js';

export interface AnalyzerOptions {
  /** Path of the tagger model (default: the package's models/tagger.bin). */
  taggerModel?: string;
  /** Tag with both directions of the tagger model (about twice the tagging time; default false); see TaggerOptions.bidirectional. */
  taggerBidirectional?: boolean;
  /**
   * Path of the parser model (default: the package's models/parser-fast.bin
   * when no `beam` is given and no revision, else models/parser.bin; see
   * parser/index.ts defaultParserPath).
   */
  parserModel?: string;
  /**
   * Parser beam width (default: the fast model's 4, margin 150; an explicit
   * width decodes with models/parser.bin: 1 greedy, fastest; 4 its beam
   * model, as the event coder does); see ParserOptions.beam.
   */
  beam?: number;
  /** Beam pruning margin (default: the model file's, 150 for the fast model, else 300; Infinity: none); see ParserOptions.beamMargin. */
  beamMargin?: number;
  /**
   * Re-parse right to left reading the left-to-right parse (more accurate,
   * about twice the parsing time; default false); see ParserOptions.revise.
   */
  revise?: boolean;
  /** Skip the parser (tokens, tags and lemmas only). */
  parse?: boolean;
  /** Re-tag news past tenses the tagger read as participles (src/analysis/tense.ts). Default true. */
  tense?: boolean;
}

/** A loaded pipeline. Immutable and safe to share between documents. */
export interface Analyzer {
  readonly stages: readonly Stage[];
  /** Tokenise, split, tag, lemmatise and parse raw text. */
  analyze(text: string): Doc;
  /** Analyse pre-tokenised text: one sentence per line, tokens separated by spaces. */
  analyzeHorizontal(text: string): Doc;
  /** Run the stages over a Doc built elsewhere (e.g. `Doc.fromWords`). */
  annotate(doc: Doc): Doc;
}

/** Load the models and build the pipeline once; reuse it for every document. */
export function loadAnalyzer(opts: AnalyzerOptions = {}): Analyzer {
  // One form-id table for the stages' per-form caches (forms.ts): each token's form is looked up once.
  const forms = new FormTable();
  const tagger = loadTagger(opts.taggerModel, { bidirectional: opts.taggerBidirectional === true });
  const stages: Stage[] = [taggerStage(tagger, forms)];
  // The tagger's WordNet table gives the lemmatizer the verbs and nouns the treebank lacks.
  const lemmatizer = loadLemmatizer(undefined, { wordnet: (w) => tagger.wordnetClass(w) });
  // The tense repairs read the lemmatizer's known verb forms.
  if (opts.tense !== false) stages.push(tenseStage(lemmatizer));
  stages.push(lemmaStage(lemmatizer, forms));
  if (opts.parse !== false) {
    const popts = {
      ...(opts.beam !== undefined ? { beam: opts.beam } : {}),
      ...(opts.beamMargin !== undefined ? { beamMargin: opts.beamMargin } : {}),
      ...(opts.revise !== undefined ? { revise: opts.revise } : {}),
    };
    stages.push(parserStage(loadParser(opts.parserModel, popts), forms));
  }
  checkStages(stages);
  const annotate = (doc: Doc): Doc => runStages(stages, doc);
  return {
    stages,
    annotate,
    analyze: (text) => annotate(Doc.fromTokens(tokenize(text))),
    analyzeHorizontal: (text) => annotate(Doc.fromTokens(tokenizeHorizontal(text))),
  };
}
