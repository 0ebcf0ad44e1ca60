/**
 * What the date grammar of one language is made of. Word lists are literal, lower-case phrases
 * (a space matches any white space); fields ending in `Re` are regular-expression sources.
 */

export type DateUnit = 'day' | 'week' | 'month' | 'year';

export interface RelativeRule {
  /** Regex source, matched ignoring case unless `cs`; `{n}` stands for a count (digits or a number word). */
  re: string;
  unit: DateUnit;
  /** Offset in units from the anchor; with `{n}` it is multiplied by the count. */
  offset: number;
  /** Counted from the date mentioned just before ("einen Tag zuvor", "the day before"), not from the reference. */
  previous?: true;
  /** The phrase names the time of the report itself ("heute", "today"). */
  report?: true;
  /** Case matters: "morgen" is tomorrow, "Morgen" the morning. */
  cs?: true;
  /** Regex source of words that may not precede ("la mañana" is the morning, "mañana" tomorrow). */
  notAfterRe?: string;
}

export interface WeekdayModifiers {
  /** Before the weekday ("last Tuesday", "am vergangenen Mittwoch"). */
  pre: string[];
  /** After it ("mercredi dernier", "mercoledì scorso"). */
  post: string[];
}

export interface DateLanguage {
  /** January … December: full names with their inflections ("stycznia", "styczniu"). */
  months: string[][];
  /** Abbreviations, recognised only next to a day or a year ("Jan. 13", "13. Okt. 2023"). */
  monthAbbr: string[][];
  /** Sunday … Saturday. */
  weekdays: string[][];
  /** Regex source of what may be glued to a weekday ("Mittwochabend"). */
  weekdaySuffixRe?: string;
  /** Names are written lower-case: capitalised mid-sentence they are something else ("Domingo", "Mars"). */
  lowerCase: boolean;
  /** Month names must be capitalised (English "may", "march"). */
  capitalMonths?: boolean;
  dayPrep: string[];
  monthPrep: string[];
  yearPrep: string[];
  weekdayPrep: string[];
  /** Between a weekday and its day: "Freitag, den 13.", "vendredi le 13". */
  articles: string[];
  /** After the day number: "13." "13th" "1er" "1º". */
  ordinalRe: string;
  /** Between day and month, and between month and year ("13 de enero de 2023"). */
  dayMonthRe: string;
  monthYearRe: string;
  /** English writes "January 13, 2023". */
  monthFirst?: boolean;
  /** Polish "2022 r." / "2022 roku". */
  yearSuffixRe?: string;
  past: WeekdayModifiers;
  next: WeekdayModifiers;
  relatives: RelativeRule[];
  /** Words right before a date that make it the time of the report ("Stand:", "as of"). */
  reportCues: string[];
  /** Words that make a following year-like number a quantity ("rund 2000", "about 1950"). */
  quantifiers: string[];
}

/** A language with no words: only numeric dates (2023-01-13, 13.01.2023) are read. */
export const NUMERIC_ONLY: DateLanguage = {
  months: [], monthAbbr: [], weekdays: [], lowerCase: false, dayPrep: [], monthPrep: [], yearPrep: [], weekdayPrep: [],
  articles: [], ordinalRe: '', dayMonthRe: '\\s+', monthYearRe: '\\s+', past: { pre: [], post: [] }, next: { pre: [], post: [] },
  relatives: [], reportCues: [], quantifiers: [],
};
