/**
 * CAMEO -> PLOVER event types. PLOVER folds CAMEO's 20 roots into 16 types and
 * moves the finer CAMEO distinctions into a "mode". The table follows the
 * PLOVER manual's CAMEO correspondence as we know it; where a CAMEO code has no
 * PLOVER counterpart (most of root 01, "make public statement") it maps to null.
 * @module
 */
import type { PloverCode } from './types.js';

/** The 16 PLOVER event types. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

// "prefix TYPE [mode]" — the longest listed prefix of a code wins, so a root
// line sets the default for its whole subtree and longer lines refine it.
// TYPE "-" means: no PLOVER event.
const MAP = `
01 -
015 CONCEDE
016 REJECT
018 SUPPORT
019 AGREE
02 REQUEST
021 REQUEST cooperate
022 REQUEST cooperate
023 REQUEST aid
024 REQUEST reform
025 REQUEST yield
026 REQUEST consult
027 REQUEST settle
028 REQUEST mediate
03 AGREE
031 AGREE cooperate
032 AGREE cooperate
033 AGREE aid
034 AGREE reform
035 AGREE yield
036 AGREE consult
037 AGREE settle
038 AGREE mediate
039 AGREE mediate
04 CONSULT
041 CONSULT phone
042 CONSULT visit
043 CONSULT host
044 CONSULT third-party
045 CONSULT mediate
046 CONSULT negotiate
05 SUPPORT
055 CONCEDE apologize
056 SUPPORT forgive
057 AGREE
06 COOPERATE
061 COOPERATE economic
062 COOPERATE military
063 COOPERATE judicial
064 COOPERATE intelligence
07 AID
071 AID economic
072 AID military
073 AID humanitarian
074 AID peacekeeping
075 AID asylum
08 CONCEDE
081 CONCEDE ease-restrictions
082 CONCEDE ease-dissent
083 CONCEDE reform
084 RETREAT release
0842 RETREAT return
085 CONCEDE ease-sanctions
086 CONCEDE allow-involvement
087 RETREAT de-escalate
0871 RETREAT ceasefire
0872 RETREAT end-blockade
0873 RETREAT demobilize
0874 RETREAT withdraw
09 ACCUSE investigate
10 REQUEST demand
11 ACCUSE disapprove
111 ACCUSE criticize
112 ACCUSE accuse
113 ACCUSE rally-opposition
114 ACCUSE complain
115 ACCUSE sue
116 SANCTION convict
12 REJECT
121 REJECT cooperation
122 REJECT aid
123 REJECT reform
124 REJECT yield
125 REJECT consult
126 REJECT mediation
127 REJECT settlement
128 REJECT defy
129 REJECT veto
13 THREATEN
131 THREATEN non-force
132 THREATEN restrictions
133 THREATEN protest
134 THREATEN halt-negotiations
135 THREATEN halt-mediation
136 THREATEN halt-involvement
137 THREATEN repression
138 THREATEN military
1381 THREATEN blockade
1382 THREATEN occupation
1383 THREATEN unconventional
1384 THREATEN conventional-attack
1385 THREATEN wmd
139 THREATEN ultimatum
14 PROTEST
141 PROTEST demonstrate
142 PROTEST hunger-strike
143 PROTEST strike-boycott
144 PROTEST obstruct
145 PROTEST riot
15 MOBILIZE
151 MOBILIZE police
152 MOBILIZE military
153 MOBILIZE police
154 MOBILIZE military
155 MOBILIZE cyber
16 SANCTION
161 SANCTION break-relations
162 SANCTION stop-aid
163 SANCTION embargo
164 SANCTION halt-negotiations
165 SANCTION halt-mediation
166 SANCTION expel
17 COERCE
171 COERCE seize
1712 COERCE destroy
172 COERCE restrictions
1723 COERCE curfew
1724 COERCE martial-law
173 COERCE arrest
174 COERCE deport
175 COERCE repression
176 COERCE cyber
18 ASSAULT
181 ASSAULT abduct
182 ASSAULT beat
1821 ASSAULT sexual
1822 ASSAULT torture
1823 ASSAULT kill
183 ASSAULT bombing
1831 ASSAULT suicide-bombing
1832 ASSAULT vehicle-bombing
1833 ASSAULT roadside-bombing
184 ASSAULT human-shield
185 ASSAULT assassination-attempt
186 ASSAULT assassinate
19 ASSAULT
191 COERCE blockade
192 COERCE occupy
193 ASSAULT firearms
194 ASSAULT heavy-weapons
195 ASSAULT aerial
1952 ASSAULT drone
196 ASSAULT ceasefire-violation
20 ASSAULT mass-violence
201 COERCE mass-expulsion
202 ASSAULT mass-killing
203 ASSAULT ethnic-cleansing
204 ASSAULT wmd
2041 ASSAULT cbr-weapons
2042 ASSAULT nuclear
`;

function buildMap(): ReadonlyMap<string, PloverCode | null> {
  const m = new Map<string, PloverCode | null>();
  for (const line of MAP.split('\n')) {
    const [prefix, type, mode] = line.trim().split(' ');
    if (!prefix) continue;
    m.set(prefix, type === '-' ? null : { type: type!, mode: mode ?? null });
  }
  return m;
}

const PREFIXES = buildMap();

/**
 * The PLOVER event type (and mode, when the CAMEO code carries one) for a CAMEO
 * event code, or null when PLOVER has no counterpart or the code is not CAMEO.
 * Returns a fresh object each call (callers may keep it in their records).
 * @example ploverFor('0871') // { type: 'RETREAT', mode: 'ceasefire' }
 */
export function ploverFor(cameo: string): PloverCode | null {
  const code = cameo.trim();
  if (!/^\d{2,4}$/.test(code)) return null;
  const root = Number(code.slice(0, 2));
  if (root < 1 || root > 20) return null;
  for (let n = code.length; n >= 2; n--) {
    const hit = PREFIXES.get(code.slice(0, n));
    if (hit !== undefined) return hit ? { type: hit.type, mode: hit.mode } : null;
  }
  return null;
}
