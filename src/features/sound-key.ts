import { boundedMemo } from './bounded-memo.ts';
import { soundClass } from './sound-classes.ts';
import { foldToLatin } from './transliterate.ts';

// Latin spellings of one sound, longest first, then single letters (see sound-classes.ts for the classes).
const LATIN: ReadonlyArray<[string, string]> = [
  ['tsch', 'S'], ['sch', 'S'], ['dzh', 'S'], ['tch', 'S'], ['sh', 'S'], ['ch', 'S'], ['zh', 'S'], ['dj', 'S'], ['ts', 'S'], ['tz', 'S'],
  ['ph', 'P'], ['th', 'T'], ['kh', 'K'], ['gh', 'K'], ['ck', 'K'], ['qu', 'K'], ['x', 'KS'],
  ['b', 'P'], ['p', 'P'], ['f', 'P'], ['t', 'T'], ['d', 'T'], ['k', 'K'], ['g', 'K'], ['q', 'K'], ['c', 'K'],
  ['s', 'S'], ['z', 'S'], ['j', 'S'], ['m', 'M'], ['n', 'N'], ['r', 'R'], ['l', 'R'],
];

function latinClasses(folded: string): string | null {
  let out = '';
  for (let i = 0; i < folded.length;) {
    const rest = folded.slice(i);
    const hit = LATIN.find(([spelling]) => rest.startsWith(spelling));
    if (hit) {
      // c and g before e, i and y are soft in most languages that write foreign names in Latin.
      const soft = (hit[0] === 'c' || hit[0] === 'g') && /^[eiy]/.test(folded.slice(i + 1));
      out += soft ? 'S' : hit[1];
      i += hit[0].length;
    } else if (/[a-z]/.test(folded[i]!)) i++;
    else return null;
  }
  return out;
}

/**
 * A key for how a name sounds, the same in the scripts that write names by sound: the sequence of its
 * consonant classes ("Biden", "Байден", "بايدن", "बाइडेन", "바이든", "バイデン" all give PTN), with
 * repeats collapsed, a k/g after a nasal dropped (Arabic and Hindi write "Washington" without it) and a
 * nasal before t/d dropped (Greek writes d as ντ): Washington → STN.
 * Null for words of fewer than three consonants, which match by chance, and for scripts not covered
 * (Han, and scripts written without spaces).
 */
export const soundKey: (word: string) => string | null = boundedMemo(computeSoundKey, 200_000);

function computeSoundKey(word: string): string | null {
  let classes: string | null = '';
  if (/[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(word)) classes = latinClasses(foldToLatin(word));
  else {
    for (const ch of word) {
      const c = soundClass(ch);
      if (c !== null) classes += c;
      else if (!/[\p{M}\p{Cf}]/u.test(ch)) return null;
    }
  }
  if (classes === null) return null;
  const key = classes.replace(/(.)\1+/g, '$1').replace(/NK/g, 'N').replace(/NT/g, 'T').replace(/(.)\1+/g, '$1');
  return key.length >= 3 ? key : null;
}
