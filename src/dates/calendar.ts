/**
 * Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), all in UTC so that
 * no local time zone shifts a date. A reference date is taken as the calendar date written in it:
 * '2023-01-13T23:30:00-05:00' is the 13th, the outlet's own date.
 */

const DAY = 86_400_000;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function dayNumber(y: number, m: number, d: number): number {
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return Math.round(t.getTime() / DAY);
}

export function fromDayNumber(n: number): Ymd {
  const t = new Date(n * DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const back = fromDayNumber(dayNumber(y, m, d));
  return back.y === y && back.m === m && back.d === d;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export const weekday = (n: number): number => (((n + 4) % 7) + 7) % 7;

export const isoYear = (y: number): string => pad(y, 4);
export const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const isoDay = (n: number): string => {
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
};

/** ISO 8601 week of a day: the week (Monday to Sunday) belongs to the year of its Thursday. */
export function isoWeek(n: number): string {
  const monday0 = (weekday(n) + 6) % 7;
  const thursday = n - monday0 + 3;
  const { y } = fromDayNumber(thursday);
  const week = Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1;
  return `${pad(y, 4)}-W${pad(week)}`;
}

/** Month arithmetic: (y, m) moved by `k` months. */
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + k;
  return { y: Math.floor(i / 12), m: (i % 12 + 12) % 12 + 1 };
}

/** The day number of a reference date given as ISO 8601 (its date part), or null when it is not one. */
export function referenceDay(reference: string | null): number | null {
  if (!reference) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(reference.trim());
  if (!m) return null;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  return validDate(y, mo, d) ? dayNumber(y, mo, d) : null;
}

/**
 * The year that puts month/day nearest to the reference day; a tie goes to the past, since news
 * reports more of what happened than of what will. Feb 29 is kept only in leap years.
 */
export function nearestYear(ref: number, m: number, d: number): number | null {
  const { y } = fromDayNumber(ref);
  let best: number | null = null;
  let bestDist = Infinity;
  for (const cand of [y - 1, y, y + 1]) {
    if (!validDate(cand, m, d)) continue;
    const dist = dayNumber(cand, m, d) - ref;
    const abs = Math.abs(dist);
    if (abs < bestDist || (abs === bestDist && dist < 0)) {
      best = cand;
      bestDist = abs;
    }
  }
  return best;
}

/** The year that puts a month nearest to the reference's month; a tie (six months either way) goes to the past. */
export function nearestMonthYear(ref: number, m: number): number {
  const r = fromDayNumber(ref);
  const diff = m - r.m; // -11 … 11; six either way is the tie
  if (diff >= 6) return r.y - 1;
  if (diff < -6) return r.y + 1;
  return r.y;
}

/**
 * A weekday relative to the reference day. `dir` 0: the most recent such day on or before the reference
 * (news is mostly told in the past tense); -1: strictly before ("last Tuesday"); 1: strictly after ("next Tuesday").
 */
export function weekdayFrom(ref: number, wd: number, dir: -1 | 0 | 1): number {
  const back = (weekday(ref) - wd + 7) % 7;
  if (dir === 1) return ref + ((wd - weekday(ref) + 7) % 7 || 7);
  if (dir === -1) return ref - (back || 7);
  return ref - back;
}
