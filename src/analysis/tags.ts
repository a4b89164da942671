/**
 * The closed tag sets of the analysis layer, as `as const` tables. Arrays in a
 * {@link Doc} hold the index into these tables; views turn them back into strings.
 * @module
 */

/** Universal POS tags (UD v2), in a fixed order: the index is the stored id. */
export const UPOS = [
  '_', 'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART',
  'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
] as const;
export type Upos = (typeof UPOS)[number];

/** Penn Treebank tags as used by UD English (XPOS column), plus '_' for unknown. */
export const XPOS = [
  '_', 'NN', 'IN', 'DT', 'NNP', 'PRP', 'JJ', 'RB', '.', 'VB', 'NNS', ',', 'CC', 'VBD',
  'VBP', 'VBZ', 'CD', 'VBN', 'VBG', 'MD', 'TO', 'PRP$', '-RRB-', '-LRB-', 'WDT', ':',
  'WRB', '``', "''", 'WP', 'RP', 'UH', 'POS', 'HYPH', 'NNPS', 'JJR', 'JJS', 'EX', 'NFP',
  'RBR', 'ADD', 'GW', '$', 'SYM', 'PDT', 'LS', 'FW', 'RBS', 'AFX', 'WP$', 'XX',
] as const;
export type Xpos = (typeof XPOS)[number];

/** UD dependency relations (with the English subtypes seen in EWT). Index 0 is "unset". */
export const DEPREL = [
  '_', 'root', 'punct', 'case', 'nsubj', 'det', 'advmod', 'obj', 'amod', 'obl', 'conj',
  'compound', 'mark', 'nmod', 'cc', 'aux', 'cop', 'advcl', 'nmod:poss', 'xcomp', 'ccomp',
  'acl:relcl', 'flat', 'parataxis', 'nummod', 'appos', 'acl', 'aux:pass', 'nsubj:pass',
  'obl:unmarked', 'nmod:unmarked', 'discourse', 'compound:prt', 'iobj', 'list', 'expl',
  'fixed', 'nmod:desc', 'obl:agent', 'csubj', 'nsubj:outer', 'det:predet', 'vocative',
  'goeswith', 'advcl:relcl', 'cc:preconj', 'reparandum', 'orphan', 'csubj:pass',
  'dislocated', 'dep', 'csubj:outer', 'obl:tmod', 'obl:npmod', 'nmod:tmod', 'nmod:npmod',
  'flat:foreign', 'det:poss', 'nummod:gov', 'dep:unknown',
] as const;
export type Deprel = (typeof DEPREL)[number];

function indexOf<T extends string>(table: readonly T[]): ReadonlyMap<string, number> {
  return new Map(table.map((t, i) => [t, i] as const));
}

export const UPOS_ID = indexOf(UPOS);
export const XPOS_ID = indexOf(XPOS);
export const DEPREL_ID = indexOf(DEPREL);

/** Id of a UPOS tag; unknown tags map to 0 ('_'). */
export const uposId = (tag: string): number => UPOS_ID.get(tag) ?? 0;
/** Id of a Penn tag; unknown tags map to 0 ('_'). */
export const xposId = (tag: string): number => XPOS_ID.get(tag) ?? 0;
/** Id of a dependency relation; unknown relations map to `dep`. */
export const deprelId = (rel: string): number => DEPREL_ID.get(rel) ?? DEPREL_ID.get('dep')!;
