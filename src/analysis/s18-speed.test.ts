import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAnalyzer, type Doc } from './index.js';
import { DEFAULT_FAST_PARSER_MODEL, DEFAULT_PARSER_MODEL, defaultParserPath, loadParser, Parser } from './parser/index.js';
import { deserialiseModel, serialiseModel } from './parser/model.js';

// The default decoding parses with models/parser-fast.bin (one beam model,
// width 4 and margin 150 recorded in the file); explicit widths (the event
// coder's beam 4, greedy validation) and revision keep models/parser.bin.

test('the default parser is the fast model at the width and margin its file records', () => {
  assert.equal(defaultParserPath(), DEFAULT_FAST_PARSER_MODEL);
  const p = loadParser();
  assert.equal(p.model.beamModel, undefined);
  assert.equal(p.model.width, 4);
  assert.equal(p.model.margin, 150);
  assert.equal(p.model.beam, 2, 'trained with a beam of 2');
  assert.equal(p.beam, 4);
  assert.equal(p.margin, 150);
  // Options still override the file's defaults.
  const q = new Parser(p.model, { beam: 3, beamMargin: 200 });
  assert.equal(q.beam, 3);
  assert.equal(q.margin, 200);
});

test('explicit widths and revision parse with models/parser.bin as before', () => {
  for (const opts of [{ beam: 4 }, { beam: 1 }, { beam: 4, beamMargin: Infinity }, { revise: true }]) {
    assert.equal(defaultParserPath(opts), DEFAULT_PARSER_MODEL, JSON.stringify(opts));
  }
  const coder = loadParser(undefined, { beam: 4, beamMargin: Infinity });
  assert.ok(coder.model.beamModel, 'the beam model of models/parser.bin');
  assert.equal(coder.margin, Infinity);
  const plain = loadParser(undefined, { beam: 4 });
  assert.equal(plain.margin, 300, 'models/parser.bin keeps its default margin');
  assert.equal(loadParser(DEFAULT_PARSER_MODEL).beam, 4);
});

test('a model file keeps its default width and margin through serialisation', () => {
  const m = deserialiseModel(serialiseModel({ ...loadParser().model }), 'fast');
  assert.equal(m.width, 4);
  assert.equal(m.margin, 150);
  const bare = deserialiseModel(serialiseModel({ ...m, width: undefined, margin: undefined }), 'bare');
  assert.equal(bare.width, undefined);
  assert.equal(bare.margin, undefined);
  const p = new Parser(bare);
  assert.equal(p.beam, 2, 'no recorded width: the training width');
  assert.equal(p.margin, 300, 'no recorded margin: DEFAULT_BEAM_MARGIN');
  const m2 = deserialiseModel(serialiseModel({ ...m, width: 3, margin: 75.5 }), 'other');
  assert.equal(new Parser(m2).beam, 3);
  assert.equal(new Parser(m2).margin, 75.5);
});

/** Head word and relation of each word (first occurrence). */
function arcs(doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < doc.length; i++) {
    const w = doc.token(i).text;
    if (!out.has(w)) out.set(w, `${doc.head[i] < 0 ? 'ROOT' : doc.token(doc.head[i]).text}:${doc.token(i).dep}`);
  }
  return out;
}

test('the default pipeline (fast parser) parses the smoke constructions', () => {
  const a = loadAnalyzer();
  const cases: [string, Record<string, string>][] = [
    ['Norway and Chile agreed to resume talks on fishing quotas.', { Norway: 'agreed:nsubj', Chile: 'Norway:conj', and: 'Chile:cc', agreed: 'ROOT:root', resume: 'agreed:xcomp', talks: 'resume:obj' }],
    ['A convoy was attacked by gunmen near Tarvik on Sunday.', { convoy: 'attacked:nsubj:pass', was: 'attacked:aux:pass', gunmen: 'attacked:obl:agent', by: 'gunmen:case' }],
    ['The minister said that the border would reopen next week.', { minister: 'said:nsubj', reopen: 'said:ccomp', that: 'reopen:mark', border: 'reopen:nsubj' }],
    ['The envoy who visited Quenta met the president.', { envoy: 'met:nsubj', visited: 'envoy:acl:relcl', who: 'visited:nsubj', president: 'met:obj', met: 'ROOT:root' }],
  ];
  for (const [text, want] of cases) {
    const got = arcs(a.analyze(text));
    for (const [w, arc] of Object.entries(want)) assert.equal(got.get(w), arc, `${text}: ${w}`);
  }
});
