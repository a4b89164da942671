/**
 * Conformance harness for PETRARCH's unit-test records (`PETR.UnitTest.records.xml`).
 * Each record is coded from its `<Text>` (the CoreNLP `<Parse>` is ignored), with the
 * dictionaries named in `<Environment>` and the `<Config>` options in force at that
 * point of the file. A record passes when its set of "source target code" triples
 * equals the expected set; `noevents` and `error` records pass when nothing is coded.
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Doc } from '../analysis/doc.js';
import type { ActorMatcher } from '../actors/types.js';
import { AnnalsError } from '../errors.js';
import { loadVerbDictionary } from '../dictionaries/verbs.js';
import { createCoder, type CoderOptions } from './coder.js';
import { defaultValidationDeps } from './validate-deps.js';

/** The dictionaries an `<Environment>` names, resolved against the XML's folder. */
export interface ValidationEnvironment {
  verbs: string[];
  actors: string[];
  agents: string[];
  discards: string[];
}

/** What the harness needs from the rest of annals (injected so it can be tested alone). */
export interface ValidationDeps {
  /** Tokenise, tag, lemmatise and parse a text. */
  analyze(text: string): Doc;
  /**
   * Build an actor matcher from the environment's actor/agent files and the
   * `<Config>` options in force (e.g. `new_actor_length`), lowercase names, string values.
   */
  actors(env: ValidationEnvironment, config: Readonly<Record<string, string>>): ActorMatcher;
}

/** One scored record. */
export interface ValidationResult {
  id: string;
  expected: string[];
  got: string[];
  pass: boolean;
  text: string;
}

export interface ValidationReport {
  results: ValidationResult[];
  passed: number;
  failed: number;
}

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const tagOf = (n: Node): string | undefined => Object.keys(n).find((k) => k !== ':@');
const kids = (n: Node): Node[] => {
  const t = tagOf(n);
  return t && Array.isArray(n[t]) ? (n[t] as Node[]) : [];
};
const textOf = (n: Node): string =>
  kids(n)
    .map((k) => (typeof k['#text'] === 'string' || typeof k['#text'] === 'number' ? String(k['#text']) : ''))
    .join('');

/** Truthy PETRARCH option values ("True", "TRUE", "true", "1"). */
const num = (v: string | undefined): number => Number(v ?? 0) || 0;
const truthy = (v: string | undefined): boolean => /^(true|1|yes)$/i.test((v ?? '').trim());

/**
 * Run the records of `xmlPath` through annals' coder and score them.
 * @example
 * const { passed, failed } = runValidation('../shared/conformance/petrarch2-unit-tests/PETR.UnitTest.records.xml');
 */
export function runValidation(
  xmlPath: string,
  opts: {
    /** Analysis and actor layers; default: the real ones ({@link defaultValidationDeps}). */
    deps?: ValidationDeps;
    only?: (id: string) => boolean;
    /** Diagnostic: code from the record's gold `<Parse>` instead of analysing its text. */
    goldParse?: (penn: string) => Doc;
  } = {},
): ValidationReport {
  const deps = opts.deps ?? defaultValidationDeps();
  let xml: string;
  try {
    xml = readFileSync(xmlPath, 'utf8');
  } catch (e) {
    throw new AnnalsError('E_INPUT', `cannot read validation records: ${(e as Error).message}`, { file: xmlPath });
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    preserveOrder: true,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
  });
  const root = (parser.parse(xml) as Node[]).find((n) => tagOf(n) === 'Validation');
  if (!root) throw new AnnalsError('E_INPUT', 'no <Validation> element', { file: xmlPath });
  const top = kids(root);
  const envNode = top.find((n) => tagOf(n) === 'Environment');
  const sentences = top.find((n) => tagOf(n) === 'Sentences');
  if (!envNode || !sentences) throw new AnnalsError('E_INPUT', 'missing <Environment> or <Sentences>', { file: xmlPath });

  const base = dirname(xmlPath);
  const env: ValidationEnvironment = { verbs: [], actors: [], agents: [], discards: [] };
  const config: Record<string, string> = {};
  for (const n of kids(envNode)) {
    const t = tagOf(n);
    const file = () => resolve(base, textOf(n).trim());
    if (t === 'Verbfile') env.verbs.push(file());
    else if (t === 'Actorfile') env.actors.push(file());
    else if (t === 'Agentfile') env.agents.push(file());
    else if (t === 'Discardfile') env.discards.push(file());
    else if (t === 'Config' && n[':@']) config[n[':@'].option.toLowerCase()] = n[':@'].value;
  }
  const verbs = loadVerbDictionary(env.verbs);

  // Rebuild the actor matcher / coder only when the options they read change.
  const actorCache = new Map<string, ActorMatcher>();
  const coderFor = () => {
    // Options only the coder reads do not rebuild the actor matcher.
    const coderOnly = (k: string) => k === 'require_dyad' || k === 'new_actor_length' || k.startsWith('comma_');
    const key = JSON.stringify(Object.entries(config).filter(([k]) => !coderOnly(k)));
    let am = actorCache.get(key);
    if (!am) actorCache.set(key, (am = deps.actors(env, { ...config })));
    const options: CoderOptions = {
      requireDyad: config.require_dyad === undefined ? true : truthy(config.require_dyad),
      newActorLength: Number(config.new_actor_length ?? 0) || 0,
      // Comma rules only once a record file sets them (PETRARCH's defaults are not known here).
      commas: Object.keys(config).some((k) => k.startsWith('comma_'))
        ? {
            min: num(config.comma_min),
            max: num(config.comma_max),
            bmin: num(config.comma_bmin),
            bmax: num(config.comma_bmax),
            emin: num(config.comma_emin),
            emax: num(config.comma_emax),
          }
        : undefined,
    };
    return createCoder({ verbs, actors: am, options });
  };
  let coder = coderFor();

  const results: ValidationResult[] = [];
  for (const n of kids(sentences)) {
    const t = tagOf(n);
    if (t === 'Config' && n[':@']) {
      config[n[':@'].option.toLowerCase()] = n[':@'].value;
      coder = coderFor();
      continue;
    }
    if (t !== 'Sentence') continue;
    const at = n[':@'] ?? {};
    const id = at.id ?? '?';
    if (opts.only && !opts.only(id)) continue;
    const textNode = kids(n).find((k) => tagOf(k) === 'Text');
    const text = textNode ? textOf(textNode).replace(/\s+/g, ' ').trim() : '';
    const expected: string[] = [];
    for (const k of kids(n)) {
      if (tagOf(k) !== 'EventCoding') continue;
      const a = k[':@'] ?? {};
      if (a.noevents !== undefined || a.error !== undefined) continue;
      if (a.eventcode === undefined) continue;
      expected.push(`${a.sourcecode ?? '---'} ${a.targetcode ?? '---'} ${a.eventcode}`);
    }
    const date = /^\d{8}$/.test(at.date ?? '') ? Number(at.date) : undefined;
    const parseNode = kids(n).find((k) => tagOf(k) === 'Parse');
    const doc = opts.goldParse && parseNode ? opts.goldParse(textOf(parseNode)) : deps.analyze(text);
    const events = coder.code(doc, date);
    const got = [...new Set(events.map((e) => `${e.source.code} ${e.target?.code ?? '---'} ${e.cameo}`))].sort();
    const exp = [...new Set(expected)].sort();
    const pass = exp.length === got.length && exp.every((x, i) => x === got[i]);
    results.push({ id, expected: exp, got, pass, text });
  }
  const passed = results.filter((r) => r.pass).length;
  return { results, passed, failed: results.length - passed };
}
