import {
  addMonths, dayNumber, fromDayNumber, isoDay, isoMonth, isoWeek, isoYear, nearestMonthYear, nearestYear, validDate, weekdayFrom,
} from './calendar.ts';
import type { DateUnit } from './date-language.ts';
import type { DateGrammar } from './date-grammar.ts';

export type DateForm = 'iso' | 'numeric' | 'dmy' | 'mdy' | 'my' | 'mo' | 'wd' | 'rel' | 'yr';

/** What one match of the date grammar says, before its span and role are settled. */
export interface ReadDate {
  form: DateForm;
  value: string | null;
  relative: boolean;
  partial: string | null;
  /** The day it resolves to, the anchor of a following "einen Tag zuvor". */
  day: number | null;
  /** A preposition or adverb in the match makes it the time of something: an event. */
  adverbial: boolean;
  report: boolean;
  /** The month or weekday name as written, for the capitalisation check. */
  name: string | null;
  /** Time of day may follow ("13. Januar 2023 um 10 Uhr"). */
  timeMayFollow: boolean;
  /** A bare year, to be checked against its neighbours (it may be a quantity: "2000 Soldaten"). */
  bareYear: boolean;
}

type Groups = Record<string, string | undefined>;

const pad = (n: number) => String(n).padStart(2, '0');

function twoDigitYear(y: string, ref: number | null): number {
  if (y.length === 4) return Number(y);
  const yy = Number(y);
  // The century that puts the year nearest to the reference (or to 2000 without one).
  const base = ref === null ? 2000 : fromDayNumber(ref).y;
  const century = Math.floor(base / 100) * 100;
  const cands = [century - 100 + yy, century + yy, century + 100 + yy];
  return cands.reduce((a, b) => (Math.abs(b - base) < Math.abs(a - base) ? b : a));
}

function fullDate(form: DateForm, y: number, m: number, d: number, adverbial: boolean): ReadDate | null {
  if (!validDate(y, m, d)) return null;
  const day = dayNumber(y, m, d);
  return { form, value: isoDay(day), relative: false, partial: null, day, adverbial, report: false, name: null, timeMayFollow: true, bareYear: false };
}

/** A day and month without a year: placed in the year nearest to the reference. */
function dayMonth(form: DateForm, m: number, d: number, y: string | undefined, ref: number | null, adverbial: boolean, name: string): ReadDate | null {
  if (y !== undefined) {
    const r = fullDate(form, Number(y), m, d, adverbial);
    return r && { ...r, name };
  }
  if (!validDate(2000, m, d)) return null;
  const year = ref === null ? null : nearestYear(ref, m, d);
  const day = year === null ? null : dayNumber(year, m, d);
  return {
    form, value: day === null ? null : isoDay(day), relative: true, partial: `--${pad(m)}-${pad(d)}`, day, adverbial,
    report: false, name, timeMayFollow: true, bareYear: false,
  };
}

/** The value of a span of time `k` units away from a day. */
function shifted(unit: DateUnit, from: number, k: number): { value: string; day: number | null } {
  const { y, m } = fromDayNumber(from);
  switch (unit) {
    case 'day': return { value: isoDay(from + k), day: from + k };
    case 'week': return { value: isoWeek(from + 7 * k), day: null };
    case 'month': { const t = addMonths(y, m, k); return { value: isoMonth(t.y, t.m), day: null }; }
    case 'year': return { value: isoYear(y + k), day: null };
  }
}

/** The weekday a name starts with: "Mittwochabend" is a Wednesday. */
function weekdayOf(name: string, g: DateGrammar): number | null {
  const lower = name.toLowerCase();
  let best: [string, number] | null = null;
  for (const [form, wd] of g.weekday) if (lower.startsWith(form) && (!best || form.length > best[0].length)) best = [form, wd];
  return best ? best[1] : null;
}

function relative(text: string, g: DateGrammar, ref: number | null, previous: number | null): ReadDate | null {
  for (const { rule, re } of g.relatives) {
    const m = re.exec(text);
    if (!m) continue;
    const n = m[1] === undefined ? 1 : g.count(m[1]);
    if (n === null) return null;
    const anchor = rule.previous ? previous ?? ref : ref;
    const s = anchor === null ? null : shifted(rule.unit, anchor, rule.offset * n);
    return {
      form: 'rel', value: s?.value ?? null, relative: true, partial: null, day: s?.day ?? null, adverbial: true,
      report: rule.report === true, name: null, timeMayFollow: false, bareYear: false,
    };
  }
  return null;
}

/**
 * Reads the groups of one match. `ref` is the reference day, `previous` the day last mentioned.
 * Returns null for what only looks like a date (31.02.2023, a case-sensitive phrase in the wrong case).
 */
export function readDateMatch(text: string, gr: Groups, g: DateGrammar, ref: number | null, previous: number | null): ReadDate | null {
  const month = (s: string) => g.month.get(s.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'")) ?? 0;
  const pre = gr['pre'] !== undefined;
  if (gr['iso'] !== undefined) {
    const r = fullDate('iso', +gr['isoY']!, +gr['isoM']!, +gr['isoD']!, pre);
    if (!r || gr['isoH'] === undefined) return r;
    const [h, mi] = [+gr['isoH'], +gr['isoMi']!];
    return h < 24 && mi < 60 ? { ...r, value: `${r.value}T${pad(h)}:${pad(mi)}`, timeMayFollow: false } : r;
  }
  if (gr['dot'] !== undefined) return fullDate('numeric', twoDigitYear(gr['dotY']!, ref), +gr['dotM']!, +gr['dotD']!, pre);
  if (gr['sl'] !== undefined) {
    const [a, b] = [+gr['slA']!, +gr['slB']!];
    // English writes month/day (US); others day/month. A first number above 12 can only be a day.
    const monthFirst = g.lang.monthFirst ? a <= 12 : b > 12;
    const [m, d] = monthFirst ? [a, b] : [b, a];
    return fullDate('numeric', twoDigitYear(gr['slY']!, ref), m, d, pre);
  }
  if (gr['da'] !== undefined) return fullDate('numeric', +gr['daY']!, +gr['daM']!, +gr['daD']!, pre);
  // A day written with its month name is the time of something, with or without a preposition
  // (Polish "13 stycznia przywódcy spotkali się"); numeric dates alone are as often metadata.
  if (gr['dmy'] !== undefined) return dayMonth('dmy', month(gr['dmyM']!), +gr['dmyD']!, gr['dmyY'], ref, true, gr['dmyM']!);
  if (gr['mdy'] !== undefined) return dayMonth('mdy', month(gr['mdyM']!), +gr['mdyD']!, gr['mdyY'], ref, true, gr['mdyM']!);
  if (gr['my'] !== undefined) {
    const m = month(gr['myM']!);
    return m === 0 ? null : {
      form: 'my', value: isoMonth(+gr['myY']!, m), relative: false, partial: null, day: null, adverbial: pre,
      report: false, name: gr['myM']!, timeMayFollow: false, bareYear: false,
    };
  }
  if (gr['mo'] !== undefined) {
    const m = month(gr['mo']);
    if (m === 0 || !pre) return null;
    return {
      form: 'mo', value: ref === null ? null : isoMonth(nearestMonthYear(ref, m), m), relative: true, partial: `--${pad(m)}`,
      day: null, adverbial: true, report: false, name: gr['mo'], timeMayFollow: false, bareYear: false,
    };
  }
  if (gr['wd'] !== undefined) {
    const name = gr['wdN']!;
    const wd = weekdayOf(name, g);
    if (wd === null) return null;
    const dir = gr['wdPast'] !== undefined || gr['wdPast2'] !== undefined ? -1 : gr['wdNext'] !== undefined || gr['wdNext2'] !== undefined ? 1 : 0;
    const day = ref === null ? null : weekdayFrom(ref, wd, dir);
    return {
      form: 'wd', value: day === null ? null : isoDay(day), relative: true, partial: null, day, adverbial: true, report: false,
      name, timeMayFollow: true, bareYear: false,
    };
  }
  if (gr['rel'] !== undefined) {
    const r = relative(gr['rel'], g, ref, previous);
    // The phrase may carry a preposition of its own ("im vergangenen Jahr"); read it whole when a rule says so.
    return pre ? relative(text, g, ref, previous) ?? r : r;
  }
  if (gr['yr'] !== undefined) {
    return {
      form: 'yr', value: isoYear(+gr['yrY']!), relative: false, partial: null, day: null, adverbial: pre,
      report: false, name: null, timeMayFollow: false, bareYear: !pre && gr['yrS'] === undefined,
    };
  }
  return null;
}
