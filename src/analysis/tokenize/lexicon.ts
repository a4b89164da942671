/**
 * Word lists the tokenizer and sentence splitter consult. Read-only sets,
 * written by us for news English.
 * @module
 */

/**
 * Abbreviations that precede a name or number and so never end a sentence
 * (their period stays in the token: "Mr." "Gen.").
 */
export const TITLE_ABBREVS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Dr', 'Drs', 'Gen', 'Gens', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Sgt', 'Cpl', 'Pvt',
  'Adm', 'Cmdr', 'Cdr', 'Brig', 'Gov', 'Govs', 'Sen', 'Sens', 'Rep', 'Reps', 'Rev', 'Prof', 'Pres', 'Hon', 'Amb',
  'Supt', 'Insp', 'Det', 'Atty', 'Fr', 'Msgr', 'Ste', 'Ft', 'Mt', 'Pt', 'vs', 'Vs', 'v', 'Nos', 'Vol', 'vol',
  'Fig', 'fig', 'pp', 'Dept', 'Lieut', 'Sec', 'Secy', 'Mssrs',
]);

/**
 * Abbreviations that keep their period but may end a sentence ("Acme Inc."):
 * the splitter decides from the next word.
 */
export const OTHER_ABBREVS: ReadonlySet<string> = new Set([
  'Jr', 'Sr', 'St', 'Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'Bros', 'Plc', 'plc', 'Assn', 'Intl', 'Univ', 'Ave', 'Blvd', 'Rd', 'Hwy',
  'etc', 'al', 'approx', 'est', 'ca', 'cf', 'viz', 'esp', 'incl', 'dept', 'govt', 'Govt', 'Attn', 'attn', 'Tel', 'tel',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'ext', 'Ext', 'pop', 'Ont', 'Que', 'Sask', 'Alta',
  // AP-style US state abbreviations, common in datelines.
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md',
  'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Penn', 'Tenn', 'Tex', 'Va', 'Vt',
  'Wash', 'Wis', 'Wyo',
]);

/** "No." is an abbreviation only before a number ("No. 10"); elsewhere it is the word "No". */
export const NUMBER_ABBREVS: ReadonlySet<string> = new Set(['No', 'no', 'Nr', 'nr']);

/**
 * Prefixes EWT keeps attached to the following word ("e-mail", "non-violent",
 * "anti-war"); other hyphens split as in EWT ("al - Maliki"). Checked against
 * EWT train: "vice-", "out-", "inter-", "pan-" are split there, so they are not here.
 */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  'e', 'non', 'anti', 'pre', 're', 'mid', 'co', 'post', 'over', 'pro', 'multi', 'ex', 'semi', 'counter', 'sub',
  'neo', 'cross', 'un', 'socio', 'micro', 'mis', 'intra', 'psycho', 'trans', 'ultra', 'bi', 'tri', 'extra', 'hyper',
  'macro', 'mega', 'mini', 'super',
]);

/**
 * Contractions written without an apostrophe that EWT splits into two words:
 * value = length of the first word.
 */
export const NOAPOS_CONTRACTIONS: ReadonlyMap<string, number> = new Map([
  ['cannot', 3], ['gonna', 3], ['wanna', 3], ['gotta', 3], ['dont', 2], ['didnt', 3], ['doesnt', 4], ['isnt', 2],
  ['wasnt', 3], ['arent', 3], ['werent', 4], ['couldnt', 5], ['wouldnt', 5], ['shouldnt', 6], ['havent', 4],
  ['hasnt', 3], ['hadnt', 3], ['cant', 2], ['wont', 2],
]);

/** Clitics after an apostrophe that split off ("Sadr's" -> "Sadr" "'s", "we're" -> "we" "'re"). */
export const APOS_CLITICS: ReadonlySet<string> = new Set(['s', 'm', 'd', 'll', 're', 've']);

/**
 * Capitalised words that typically open a sentence: after an ambiguous
 * abbreviation ("U.S.", "Inc.", an initial) one of these signals a boundary.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but',
  'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after', 'before', 'as', 'his', 'her',
  'its', 'their', 'our', 'my', 'your', 'some', 'many', 'most', 'no', 'yes', 'what', 'who', 'why', 'how', 'where',
  'then', 'also', 'however', 'meanwhile', 'both', 'all', 'each', 'since', 'with', 'from', 'by', 'to', 'under',
  'during', 'despite', 'although', 'though', 'because', 'officials', 'mr.', 'mrs.', 'ms.', 'dr.', 'one', 'two',
  'several', 'other', 'such', 'not', 'only', 'still', 'now', 'today', 'later', 'earlier', 'last', 'next', 'according',
  'among', 'about', 'police', 'witnesses', 'residents', 'analysts', 'reuters', 'separately', 'thus', 'instead',
]);
