/**
 * The CAMEO 1.1b3 event taxonomy: every code with a short name, its Goldstein
 * conflict-cooperation weight (the scale distributed with CAMEO, -10..+10) and
 * its quad class. Names are our own short paraphrases of the codebook.
 * @module
 */

/** What we know about one CAMEO event code. */
export interface CameoInfo {
  /** The code found in the table (may be a parent of the code asked for). */
  code: string;
  /** Short name, e.g. "Make a visit". */
  name: string;
  /** Two-digit root, e.g. "04". */
  root: string;
  /** Goldstein scale weight, -10 (most conflictual) .. +10 (most cooperative). */
  goldstein: number;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: 1 | 2 | 3 | 4;
}

// One line per code: "code goldstein name". Kept as text so the table reads
// like the codebook and stays easy to check line by line.
const TABLE = `
01 0.0 Make public statement
010 0.0 Make statement, not specified
011 -0.1 Decline comment
012 -0.4 Make pessimistic comment
013 0.4 Make optimistic comment
014 0.0 Consider policy option
015 0.0 Acknowledge or claim responsibility
016 3.4 Deny responsibility
017 0.0 Engage in symbolic act
018 3.4 Make empathetic comment
019 3.4 Express accord
02 3.0 Appeal
020 3.0 Make an appeal or request, not specified
021 3.4 Appeal for material cooperation
0211 3.4 Appeal for economic cooperation
0212 3.4 Appeal for military cooperation
0213 3.4 Appeal for judicial cooperation
0214 3.4 Appeal for intelligence
022 3.2 Appeal for diplomatic cooperation
023 3.4 Appeal for aid
0231 3.4 Appeal for economic aid
0232 3.4 Appeal for military aid
0233 3.4 Appeal for humanitarian aid
0234 3.4 Appeal for military protection or peacekeeping
024 -0.3 Appeal for political reform
0241 -0.3 Appeal for change in leadership
0242 -0.3 Appeal for policy change
0243 -0.3 Appeal for rights
0244 -0.3 Appeal for change in institutions or regime
025 -0.3 Appeal to yield
0251 -0.3 Appeal for easing of administrative sanctions
0252 -0.3 Appeal for easing of popular dissent
0253 -0.3 Appeal for release of persons or property
0254 -0.3 Appeal for easing of economic sanctions, boycott or embargo
0255 -0.3 Appeal to allow international involvement
0256 -0.3 Appeal for de-escalation of military engagement
026 4.0 Appeal to others to meet or negotiate
027 4.0 Appeal to others to settle dispute
028 4.0 Appeal to others to accept mediation
03 4.0 Express intent to cooperate
030 4.0 Express intent to cooperate, not specified
031 5.2 Express intent to engage in material cooperation
0311 5.2 Express intent to cooperate economically
0312 5.2 Express intent to cooperate militarily
0313 5.2 Express intent to cooperate on judicial matters
0314 5.2 Express intent to cooperate on intelligence
032 4.5 Express intent to provide diplomatic cooperation
033 5.2 Express intent to provide material aid
0331 5.2 Express intent to provide economic aid
0332 5.2 Express intent to provide military aid
0333 5.2 Express intent to provide humanitarian aid
0334 6.0 Express intent to provide military protection or peacekeeping
034 7.0 Express intent to institute political reform
0341 7.0 Express intent to change leadership
0342 7.0 Express intent to change policy
0343 7.0 Express intent to provide rights
0344 7.0 Express intent to change institutions or regime
035 7.0 Express intent to yield
0351 7.0 Express intent to ease administrative sanctions
0352 7.0 Express intent to ease popular dissent
0353 7.0 Express intent to release persons or property
0354 7.0 Express intent to ease economic sanctions, boycott or embargo
0355 7.0 Express intent to allow international involvement
0356 7.0 Express intent to de-escalate military engagement
036 4.0 Express intent to meet or negotiate
037 5.0 Express intent to settle dispute
038 7.0 Express intent to accept mediation
039 5.0 Express intent to mediate
04 1.0 Consult
040 1.0 Consult, not specified
041 1.0 Discuss by telephone
042 1.9 Make a visit
043 2.8 Host a visit
044 2.5 Meet at a third location
045 5.0 Mediate
046 7.0 Engage in negotiation
05 3.5 Engage in diplomatic cooperation
050 3.5 Engage in diplomatic cooperation, not specified
051 3.4 Praise or endorse
052 3.5 Defend verbally
053 3.8 Rally support on behalf of
054 6.0 Grant diplomatic recognition
055 7.0 Apologize
056 7.0 Forgive
057 8.0 Sign formal agreement
06 6.0 Engage in material cooperation
060 6.0 Engage in material cooperation, not specified
061 6.4 Cooperate economically
062 7.4 Cooperate militarily
063 7.4 Engage in judicial cooperation
064 7.0 Share intelligence or information
07 7.0 Provide aid
070 7.0 Provide aid, not specified
071 7.4 Provide economic aid
072 8.3 Provide military aid
073 7.4 Provide humanitarian aid
074 8.5 Provide military protection or peacekeeping
075 7.0 Grant asylum
08 5.0 Yield
080 5.0 Yield, not specified
081 5.0 Ease administrative sanctions
0811 5.0 Ease restrictions on political freedoms
0812 5.0 Ease ban on political parties or politicians
0813 5.0 Ease curfew
0814 5.0 Ease state of emergency or martial law
082 5.0 Ease political dissent
083 5.0 Accede to requests or demands for political reform
0831 5.0 Accede to demands for change in leadership
0832 5.0 Accede to demands for change in policy
0833 5.0 Accede to demands for rights
0834 5.0 Accede to demands for change in institutions or regime
084 7.0 Return or release
0841 7.0 Return or release persons
0842 7.0 Return or release property
085 7.0 Ease economic sanctions, boycott or embargo
086 9.0 Allow international involvement
0861 9.0 Receive deployment of peacekeepers
0862 9.0 Receive inspectors
0863 9.0 Allow humanitarian access
087 9.0 De-escalate military engagement
0871 9.0 Declare truce or ceasefire
0872 9.0 Ease military blockade
0873 9.0 Demobilize armed forces
0874 10.0 Retreat or surrender militarily
09 -2.0 Investigate
090 -2.0 Investigate, not specified
091 -2.0 Investigate crime or corruption
092 -2.0 Investigate human rights abuses
093 -2.0 Investigate military action
094 -2.0 Investigate war crimes
10 -5.0 Demand
100 -5.0 Demand, not specified
101 -5.0 Demand material cooperation
1011 -5.0 Demand economic cooperation
1012 -5.0 Demand military cooperation
1013 -5.0 Demand judicial cooperation
1014 -5.0 Demand intelligence cooperation
102 -5.0 Demand diplomatic cooperation
103 -5.0 Demand material aid
1031 -5.0 Demand economic aid
1032 -5.0 Demand military aid
1033 -5.0 Demand humanitarian aid
1034 -5.0 Demand military protection or peacekeeping
104 -5.0 Demand political reform
1041 -5.0 Demand change in leadership
1042 -5.0 Demand policy change
1043 -5.0 Demand rights
1044 -5.0 Demand change in institutions or regime
105 -5.0 Demand that target yield
1051 -5.0 Demand easing of administrative sanctions
1052 -5.0 Demand easing of political dissent
1053 -5.0 Demand release of persons or property
1054 -5.0 Demand easing of economic sanctions, boycott or embargo
1055 -5.0 Demand that target allow international involvement
1056 -5.0 Demand de-escalation of military engagement
106 -5.0 Demand meeting or negotiation
107 -5.0 Demand settling of dispute
108 -5.0 Demand mediation
11 -2.0 Disapprove
110 -2.0 Disapprove, not specified
111 -2.0 Criticize or denounce
112 -2.0 Accuse
1121 -2.0 Accuse of crime or corruption
1122 -2.0 Accuse of human rights abuses
1123 -2.0 Accuse of aggression
1124 -2.0 Accuse of war crimes
1125 -2.0 Accuse of espionage or treason
113 -2.0 Rally opposition against
114 -2.0 Complain officially
115 -2.0 Bring lawsuit against
116 -2.0 Find guilty or liable
12 -4.0 Reject
120 -4.0 Reject, not specified
121 -4.0 Reject material cooperation
1211 -4.0 Reject economic cooperation
1212 -4.0 Reject military cooperation
122 -4.0 Reject request for material aid
1221 -4.0 Reject request for economic aid
1222 -4.0 Reject request for military aid
1223 -4.0 Reject request for humanitarian aid
1224 -4.0 Reject request for military protection or peacekeeping
123 -4.0 Reject request for political reform
1231 -4.0 Reject request for change in leadership
1232 -4.0 Reject request for policy change
1233 -4.0 Reject request for rights
1234 -4.0 Reject request for change in institutions or regime
124 -5.0 Refuse to yield
1241 -5.0 Refuse to ease administrative sanctions
1242 -5.0 Refuse to ease popular dissent
1243 -5.0 Refuse to release persons or property
1244 -5.0 Refuse to ease economic sanctions, boycott or embargo
1245 -5.0 Refuse to allow international involvement
1246 -5.0 Refuse to de-escalate military engagement
125 -5.0 Reject proposal to meet or negotiate
126 -5.0 Reject mediation
127 -5.0 Reject plan or agreement to settle dispute
128 -5.0 Defy norms or law
129 -5.0 Veto
13 -6.0 Threaten
130 -4.4 Threaten, not specified
131 -5.8 Threaten non-force
1311 -5.8 Threaten to reduce or stop aid
1312 -5.8 Threaten to boycott, embargo or sanction
1313 -5.8 Threaten to reduce or break relations
132 -5.8 Threaten with administrative sanctions
1321 -5.8 Threaten to restrict political freedoms
1322 -5.8 Threaten to ban political parties or politicians
1323 -5.8 Threaten to impose curfew
1324 -5.8 Threaten to impose state of emergency or martial law
133 -5.8 Threaten political dissent or protest
134 -5.8 Threaten to halt negotiations
135 -5.8 Threaten to halt mediation
136 -7.0 Threaten to halt international involvement
137 -7.0 Threaten with repression
138 -7.0 Threaten with military force
1381 -7.0 Threaten blockade
1382 -7.0 Threaten occupation
1383 -7.0 Threaten unconventional violence
1384 -7.0 Threaten conventional attack
1385 -7.0 Threaten attack with weapons of mass destruction
139 -7.0 Give ultimatum
14 -6.5 Protest
140 -6.5 Engage in political dissent, not specified
141 -6.5 Demonstrate or rally
1411 -6.5 Demonstrate for leadership change
1412 -6.5 Demonstrate for policy change
1413 -6.5 Demonstrate for rights
1414 -6.5 Demonstrate for change in institutions or regime
142 -6.5 Conduct hunger strike
1421 -6.5 Hunger strike for leadership change
1422 -6.5 Hunger strike for policy change
1423 -6.5 Hunger strike for rights
1424 -6.5 Hunger strike for change in institutions or regime
143 -6.5 Conduct strike or boycott
1431 -6.5 Strike or boycott for leadership change
1432 -6.5 Strike or boycott for policy change
1433 -6.5 Strike or boycott for rights
1434 -6.5 Strike or boycott for change in institutions or regime
144 -7.5 Obstruct passage or block
1441 -7.5 Block passage for leadership change
1442 -7.5 Block passage for policy change
1443 -7.5 Block passage for rights
1444 -7.5 Block passage for change in institutions or regime
145 -7.5 Protest violently or riot
1451 -7.5 Riot for leadership change
1452 -7.5 Riot for policy change
1453 -7.5 Riot for rights
1454 -7.5 Riot for change in institutions or regime
15 -7.2 Exhibit force posture
150 -7.2 Demonstrate military or police power, not specified
151 -7.2 Increase police alert status
152 -7.2 Increase military alert status
153 -7.2 Mobilize or increase police power
154 -7.2 Mobilize or increase armed forces
155 -7.2 Mobilize or increase cyber-forces
16 -4.0 Reduce relations
160 -4.0 Reduce relations, not specified
161 -4.0 Reduce or break diplomatic relations
162 -5.6 Reduce or stop material aid
1621 -5.6 Reduce or stop economic assistance
1622 -5.6 Reduce or stop military assistance
1623 -5.6 Reduce or stop humanitarian assistance
163 -8.0 Impose embargo, boycott or sanctions
164 -7.0 Halt negotiations
165 -7.0 Halt mediation
166 -7.0 Expel or withdraw
1661 -7.0 Expel or withdraw peacekeepers
1662 -7.0 Expel or withdraw inspectors or observers
1663 -7.0 Expel or withdraw aid agencies
17 -7.0 Coerce
170 -7.0 Coerce, not specified
171 -9.2 Seize or damage property
1711 -9.2 Confiscate property
1712 -9.2 Destroy property
172 -5.0 Impose administrative sanctions
1721 -5.0 Impose restrictions on political freedoms
1722 -5.0 Ban political parties or politicians
1723 -5.0 Impose curfew
1724 -5.0 Impose state of emergency or martial law
173 -5.0 Arrest, detain or charge with legal action
174 -5.0 Expel or deport individuals
175 -9.0 Use tactics of violent repression
176 -7.0 Attack cybernetically
18 -9.0 Assault
180 -9.0 Use unconventional violence, not specified
181 -9.0 Abduct, hijack or take hostage
182 -9.5 Physically assault
1821 -9.0 Sexually assault
1822 -9.0 Torture
1823 -10.0 Kill by physical assault
183 -10.0 Conduct suicide, car or other non-military bombing
1831 -10.0 Carry out suicide bombing
1832 -10.0 Carry out vehicular bombing
1833 -10.0 Carry out roadside bombing
1834 -10.0 Carry out bombing, location unspecified
184 -8.0 Use as human shield
185 -8.0 Attempt to assassinate
186 -10.0 Assassinate
19 -10.0 Fight
190 -10.0 Use conventional military force, not specified
191 -9.5 Impose blockade or restrict movement
192 -9.5 Occupy territory
193 -10.0 Fight with small arms and light weapons
194 -10.0 Fight with artillery and tanks
195 -10.0 Employ aerial weapons
1951 -10.0 Employ precision-guided aerial munitions
1952 -10.0 Employ remotely piloted aerial munitions
196 -9.5 Violate ceasefire
20 -10.0 Use unconventional mass violence
200 -10.0 Use unconventional mass violence, not specified
201 -9.5 Engage in mass expulsion
202 -10.0 Engage in mass killings
203 -10.0 Engage in ethnic cleansing
204 -10.0 Use weapons of mass destruction
2041 -10.0 Use chemical, biological or radiological weapons
2042 -10.0 Detonate nuclear weapons
`;

/** Quad class of a two-digit root ("01".."20"). */
export function quadClassOfRoot(root: string): 1 | 2 | 3 | 4 {
  const r = Number(root);
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13) return 3;
  return 4;
}

function buildTable(): ReadonlyMap<string, CameoInfo> {
  const m = new Map<string, CameoInfo>();
  for (const line of TABLE.split('\n')) {
    if (!line.trim()) continue;
    const sp1 = line.indexOf(' ');
    const sp2 = line.indexOf(' ', sp1 + 1);
    const code = line.slice(0, sp1);
    const root = code.slice(0, 2);
    m.set(code, {
      code,
      name: line.slice(sp2 + 1),
      root,
      goldstein: Number(line.slice(sp1 + 1, sp2)),
      quadClass: quadClassOfRoot(root),
    });
  }
  return m;
}

/** Every CAMEO 1.1b3 code (2-, 3- and 4-digit), keyed by code. Read-only. */
export const CAMEO_CODES: ReadonlyMap<string, CameoInfo> = buildTable();

/**
 * Looks up a CAMEO event code. Codes the dictionaries use that are not in the
 * codebook fall back to their nearest listed parent ("0234x" -> "0234" -> "023" -> "02"),
 * so the returned `code` may be shorter than the one asked for.
 * Returns undefined for codes whose root is not 01..20 (e.g. "---", "").
 * @example cameoInfo('042')?.goldstein // 1.9
 */
export function cameoInfo(code: string): CameoInfo | undefined {
  let c = code.trim();
  // A few dictionaries write 2-digit roots as 3 digits with a trailing 0 ("040") — those
  // are listed; a bare 1-digit root ("4") is not a CAMEO form, so we do not guess.
  if (!/^\d{2,}$/.test(c)) return undefined;
  while (c.length >= 2) {
    const hit = CAMEO_CODES.get(c);
    if (hit) return hit;
    c = c.slice(0, -1);
  }
  return undefined;
}
