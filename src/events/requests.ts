/**
 * Requests: "X urged Y to disarm Z", "X demanded that Y withdraw". CAMEO codes the speech
 * act between X and Y (an appeal, 02x, or a demand, 10x) and lets the requested act pick
 * the sub-code: an appeal to release prisoners is 0253, a demand to withdraw 1056. The
 * appeal (02), intent (03) and demand (10) branches share one layout (x1 material
 * cooperation, x2 diplomatic cooperation, x3 aid, x4 reform, x5 yield, x6 meet, x7 settle,
 * x8 mediation), so a requested act maps to a suffix that either family takes.
 * @module
 */
import { cameoInfo } from './cameo.js';

/** The request family of a governing event's code: appeal (02), demand (10) or none. */
export function requestFamily(code: string): '02' | '10' | null {
  const root = code.slice(0, 2);
  return root === '02' || root === '10' ? root : null;
}

/** CAMEO roots of conflict acts: a request NOT to do one asks for de-escalation. */
const CONFLICT_ROOTS = new Set(['13', '15', '17', '18', '19', '20']);

/**
 * The digits after the root of the request code asking for the act coded `code`
 * ("0841" release persons -> "53", as in 0253 / 1053); "" when no sub-code applies
 * (an appeal to attack is a plain appeal, 020).
 */
export function requestedSuffix(code: string, negated: boolean): string {
  const root = code.slice(0, 2);
  const sub = code.slice(2);
  if (negated) return CONFLICT_ROOTS.has(root) ? '56' : '';
  switch (root) {
    case '03':
      // Intents share the layout; "intend to mediate" (039) asked of others is asking
      // them to accept mediation at most.
      if (sub.startsWith('9')) return '8';
      return sub === '0' ? '' : sub;
    case '04':
      return sub.startsWith('5') ? '8' : '6';
    case '05':
      return '2';
    case '06':
      return sub === '0' || sub === '' ? '1' : '1' + sub.slice(0, 1);
    case '07':
      return /^[1-4]/.test(sub) ? '3' + sub.slice(0, 1) : '3';
    case '08': {
      const d = sub.slice(0, 1);
      // 083x accede to reform -> x4x; the rest are x5x (yield).
      if (d === '3') return sub.length > 1 ? '4' + sub.slice(1, 2) : '4';
      const yieldSub: Record<string, string> = { '1': '51', '2': '52', '4': '53', '5': '54', '6': '55', '7': '56' };
      return yieldSub[d] ?? '5';
    }
    default:
      // Asked to make a request, a statement or a conflict act: a plain request.
      return '';
  }
}

/**
 * The code of a request of `family` asking for `suffix` (or, with family 03, of an intent
 * to do it), cut back to the longest code CAMEO lists ("10" + "56" -> "1056"; "02" + "" -> "020").
 */
export function requestCode(family: '02' | '03' | '10', suffix: string): string {
  for (let s = suffix; s.length > 0; s = s.slice(0, -1)) {
    const c = family + s;
    if (cameoInfo(c)?.code === c) return c;
  }
  return family + '0';
}

/**
 * The intent (03x) to do the act coded `code` oneself: the request layout, except that an
 * actor's own mediation (045) is an intent to mediate (039), while mediation asked of
 * others is asking them to accept it (028).
 */
export function intentCode(code: string): string {
  if (code.startsWith('045')) return '039';
  return requestCode('03', requestedSuffix(code, false));
}

/** Request suffixes (02/10 layout) to the reject branch (12): aid is 122, reform 123, yield 124. */
const REFUSAL: Record<string, string> = { '1': '1', '2': '0', '3': '2', '4': '3', '5': '4', '6': '5', '7': '7', '8': '6' };

/**
 * The CAMEO code of refusing the act coded `code` ("would not negotiate" -> 125, "would
 * not release" -> 1243), or null when the act has no refusal counterpart.
 */
export function refusalCode(code: string): string | null {
  const suffix = requestedSuffix(code, false);
  if (suffix === '' && !code.startsWith('03')) return null;
  const head = REFUSAL[suffix.slice(0, 1)] ?? '0';
  // Only material cooperation, aid, reform and yielding keep their second digit.
  const rest = head === '0' || head === '5' || head === '6' || head === '7' || (head === '1' && !/^[12]$/.test(suffix.slice(1))) ? '' : suffix.slice(1);
  const c = '12' + head + rest;
  for (let x = c; x.length > 2; x = x.slice(0, -1)) if (cameoInfo(x)?.code === x) return x;
  return '120';
}
