import { alternation } from './number-words.ts';

/**
 * Words that join the two ends of a range: "900 bis 1.800", "zwischen 900 und 1.800", "tra 900 e 1800",
 * "from 900 to 1,800", "900-1,800", "5 a 7 mm". A paired word ("und", "e", "y", "and") joins a range only after
 * its opener ("zwischen", "tra", "entre", "between"): without one, "2 und 3" is two figures.
 */
interface RangeWords {
  plain: string[];
  paired: Array<[opener: string, joiner: string]>;
}

const RANGES: Record<string, RangeWords> = {
  de: { plain: ['bis', 'bis zu'], paired: [['zwischen', 'und'], ['von', 'bis']] },
  en: { plain: ['to'], paired: [['between', 'and'], ['from', 'to']] },
  it: { plain: ['a'], paired: [['tra', 'e'], ['fra', 'e'], ['da', 'a'], ['dai', 'ai'], ['dal', 'al'], ['da', 'fino a']] },
  fr: { plain: ['à'], paired: [['entre', 'et'], ['de', 'à']] },
  es: { plain: ['a'], paired: [['entre', 'y'], ['de', 'a'], ['desde', 'hasta']] },
  pt: { plain: ['a'], paired: [['entre', 'e'], ['de', 'a']] },
  nl: { plain: ['tot'], paired: [['tussen', 'en'], ['van', 'tot']] },
  pl: { plain: ['do'], paired: [['od', 'do'], ['między', 'a']] },
};

const cache = new Map<string, RegExp>();

function connectorRe(lang: string): RegExp {
  let re = cache.get(lang);
  if (!re) {
    const r = RANGES[lang] ?? RANGES['en']!;
    const words = alternation([...r.plain, ...r.paired.map(([, j]) => j)]).replace(/ /g, '[\\s\\u00a0]+');
    // A hyphen joins only when nothing separates it from the numbers ("900-1,800"); dashes may be spaced.
    const signs = '[$€£¥]';
    re = new RegExp(`(?:-(?=\\d|${signs})|[\\s\\u00a0]*[–—][\\s\\u00a0]*|[\\s\\u00a0]+(?<w>${words || '(?!)'})[\\s\\u00a0]+)`, 'iuy');
    cache.set(lang, re);
  }
  return re;
}

/**
 * The position after a range connector at `pos`, or null. `start` is where the first end of the range begins
 * (its currency sign included), so that the opener before it can be checked; `firstBare` says that the first end
 * has no unit, currency or multiplier of its own.
 */
export function rangeConnector(text: string, pos: number, start: number, lang: string, firstBare: boolean): { end: number; dash: boolean } | null {
  const re = connectorRe(lang);
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return null;
  const word = m.groups?.['w']?.toLowerCase().replace(/\s+/g, ' ');
  if (word === undefined) return { end: pos + m[0].length, dash: true };
  const r = RANGES[lang] ?? RANGES['en']!;
  if (firstBare && r.plain.includes(word)) return { end: pos + m[0].length, dash: false };
  const opener = /([\p{L}]+)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
  const ok = opener !== undefined && r.paired.some(([o, j]) => o === opener && j === word);
  return ok ? { end: pos + m[0].length, dash: false } : null;
}
