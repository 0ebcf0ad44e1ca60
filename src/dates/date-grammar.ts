import { alternation, cardinalWords, oneWords, wordValue } from '../figures/number-words.ts';
import type { DateLanguage, RelativeRule } from './date-language.ts';
import { dateLanguage } from './date-languages.ts';

/**
 * One regular expression per language that finds every date form in a single pass; the named group that
 * matched says which form it is. Alternatives are ordered so that, at one position, the fuller form wins
 * ("am Freitag, den 13. Januar 2023" before "am Freitag").
 */
export interface DateGrammar {
  lang: DateLanguage;
  re: RegExp;
  relatives: Array<{ rule: RelativeRule; re: RegExp }>;
  month: Map<string, number>;
  weekday: Map<string, number>;
  /** Matches a report cue ending where the slice ends ("Stand: "). */
  reportCue: RegExp | null;
  /** Matches a quantifier ending where the slice ends ("rund "). */
  quantifier: RegExp | null;
  /** The value of a count in a relative phrase: digits or a number word. */
  count: (s: string) => number | null;
  code: string;
}

const WS = '[\\s\\u00a0]+';
// After a preposition: white space, or nothing when it ends in an apostrophe or hyphen ("l'11", "mi-janvier").
const SEP = `(?:${WS}|(?<=['’-]))`;
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
const NEVER = '(?!)';

/**
 * Lets every word of a lower-case regex source start with a capital ("heute" → "[hH]eute"): the grammar runs
 * without the `i` flag, whose Unicode case folding costs half the time, and all-capital text is rare in articles.
 */
function initialCaps(re: string): string {
  return re.replace(/(^|[\s(|:?'’-]|\\s[+*]|\]\+)(\p{Ll})/gu, (_, before: string, ch: string) => {
    const up = ch.toUpperCase();
    return up === ch || up.length > 1 ? before + ch : `${before}[${ch}${up}]`;
  });
}

/** Literal phrases as a regex alternation: spaces match any white space, apostrophes either form. */
function lit(words: Iterable<string>): string {
  const src = alternation(words);
  return src === '' ? NEVER : initialCaps(src).replace(/ /g, WS).replace(/'/g, "['’]");
}

const src = (re: string, count: string): string => initialCaps(re).replace(/ /g, WS).replace(/\{n\}/g, count);

function build(code: string, L: DateLanguage): DateGrammar {
  const flat = (lists: string[][]) => lists.flat();
  const countWords = [...Object.keys(cardinalWords(code)), ...oneWords(code)];
  const COUNT = `(?:\\d{1,3}|${lit(countWords)})`;
  const countPlain = `\\d{1,3}|${alternation(countWords) || NEVER}`;
  // Datelines and headlines write months and weekdays in capitals ("FEB. 2, 2009", "WEDNESDAY, MARCH 4"):
  // whole words in capitals are months too; a lower-case "may" or "march" still is not.
  const withCapitals = (forms: string[]) => [...forms, ...forms.map((f) => f.toUpperCase()).filter((f) => !forms.includes(f))];
  const MONTH_FULL = lit(withCapitals(flat(L.months)));
  const MONTH = lit(withCapitals([...flat(L.months), ...flat(L.monthAbbr)]));
  const WEEKDAY = `(?:${lit(withCapitals(flat(L.weekdays)))})${L.weekdaySuffixRe ?? ''}`;
  const YSUF = L.yearSuffixRe ?? '(?!)';
  const DAYS = '(?:\\d{1,2})';
  const weekdayHead = (name: string) => (L.weekdays.length
    ? `(?:(?<${name}>${WEEKDAY}),?${WS}(?:(?:${lit(L.articles)})${WS})?)?` : '');
  const rel = [...L.relatives].sort((a, b) => b.re.length - a.re.length);
  const relSrc = rel.map((r) => `${r.notAfterRe ? `(?<!${r.notAfterRe}${WS})` : ''}(?:${src(r.re, COUNT)})`).join('|') || NEVER;
  const modifier = (name: string, words: string[], after: boolean) =>
    (words.length ? (after ? `(?:${WS}(?<${name}>${lit(words)}))?` : `(?:(?<${name}>${lit(words)})${WS})?`) : '');
  // One preposition group for all forms: trying a list per form at every word start cost most of the time.
  const preps = [...L.dayPrep, ...L.monthPrep, ...L.yearPrep, ...L.weekdayPrep];
  const PRE = preps.length ? `(?:(?<pre>${lit(preps)})${SEP})?` : '';
  const alternatives = [
    `(?<iso>(?<isoY>\\d{4})-(?<isoM>\\d{2})-(?<isoD>\\d{2})(?:[T ](?<isoH>\\d{2}):(?<isoMi>\\d{2}))?)`,
    `(?<dot>(?<dotD>\\d{1,2})\\.\\s?(?<dotM>\\d{1,2})\\.\\s?(?<dotY>\\d{4}|\\d{2})(?!\\d))`,
    `(?<sl>(?<slA>\\d{1,2})/(?<slB>\\d{1,2})/(?<slY>\\d{4}|\\d{2})(?!\\d))`,
    `(?<da>(?<daD>\\d{1,2})-(?<daM>\\d{1,2})-(?<daY>\\d{4}))`,
    `(?<dmy>${weekdayHead('dmyW')}(?<dmyD>${DAYS})${L.ordinalRe}${L.dayMonthRe}(?<dmyM>${MONTH})` +
      `(?:${L.monthYearRe}(?<dmyY>\\d{4})(?:${YSUF})?)?)`,
    L.monthFirst ? `(?<mdy>${weekdayHead('mdyW')}(?<mdyM>${MONTH})${WS}(?<mdyD>${DAYS})${L.ordinalRe}` +
      `(?:,?${WS}(?<mdyY>\\d{4}))?)` : '',
    `(?<my>(?<myM>${MONTH})${L.monthYearRe}(?<myY>\\d{4})(?:${YSUF})?)`,
    // A month alone is a date only after a preposition ("im Januar"); the reader checks for it.
    L.months.length ? `(?<mo>${MONTH_FULL})` : '',
    L.weekdays.length ? `(?<wd>${modifier('wdPast', L.past.pre, false)}${modifier('wdNext', L.next.pre, false)}` +
      `(?<wdN>${WEEKDAY})${modifier('wdPast2', L.past.post, true)}${modifier('wdNext2', L.next.post, true)})` : '',
    `(?<rel>${relSrc})`,
    `(?<yr>(?<!\\d[.,'’])(?<yrY>1\\d{3}|20\\d{2}|2100)(?![.,]\\d)(?<yrS>${YSUF})?)`,
  ].filter(Boolean);
  // The look-ahead lets the engine skip positions that cannot start a word before trying the look-behind.
  const re = new RegExp(`(?=[\\p{L}\\p{N}])${START}${PRE}(?:${alternatives.join('|')})${END}`, 'gu');
  const relatives = rel.map((rule) => ({
    rule,
    re: new RegExp(`^(?:${rule.re.replace(/ /g, WS).replace(/\{n\}/g, `(${countPlain})`)})$`, rule.cs ? 'u' : 'iu'),
  }));
  const month = new Map<string, number>();
  [...L.months, ...L.monthAbbr].forEach((forms, i) => forms.forEach((f) => month.set(f, (i % 12) + 1)));
  const weekday = new Map<string, number>();
  L.weekdays.forEach((forms, i) => forms.forEach((f) => weekday.set(f, i)));
  return {
    lang: L,
    re,
    relatives,
    month,
    weekday,
    reportCue: L.reportCues.length ? new RegExp(`(?:${lit(L.reportCues)})\\s*:?\\s*$`, 'iu') : null,
    quantifier: L.quantifiers.length ? new RegExp(`${START}(?:${lit(L.quantifiers)})\\s+$`, 'iu') : null,
    count: (s) => (/^\d+$/.test(s) ? Number(s) : wordValue(s, code)),
    code,
  };
}

const cache = new Map<string, DateGrammar>();

export function dateGrammar(lang: string): DateGrammar {
  const code = lang.split('-')[0]!.toLowerCase();
  let g = cache.get(code);
  if (!g) {
    g = build(code, dateLanguage(code));
    cache.set(code, g);
  }
  return g;
}
