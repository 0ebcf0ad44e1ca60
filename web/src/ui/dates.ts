/**
 * Dates are shown as the source wrote them: the calendar day (and time) of an ISO 8601 string is read
 * off the string, never converted to the reader's time zone, so that "published 13 January" stays the
 * day the outlet printed.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `YYYY-MM-DD` of an ISO 8601 date or date-time, or null when it is not that precise. */
export function dayOf(iso: string | null | undefined): string | null {
  const m = iso ? /^(\d{4}-\d{2}-\d{2})/.exec(iso) : null;
  return m ? m[1]! : null;
}

/** "13 Jan 2023", "13 Jan 2023, 10:00", "Jan 2023", "2023", "week 2 of 2023"; other strings as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const week = /^(\d{4})-W(\d{2})$/.exec(iso);
  if (week) return `week ${+week[2]!} of ${week[1]}`;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, hh, mm] = m;
  const month = mo ? MONTHS[+mo - 1] : undefined;
  if (!month) return y!;
  if (!d) return `${month} ${y}`;
  return `${+d} ${month} ${y}${hh ? `, ${hh}:${mm}` : ''}`;
}

/** "13 Jan 2023", "13 – 15 Jan 2023" style span of two dates; "undated" when neither is known. */
export function formatSpan(from: string | null, to: string | null): string {
  if (!from && !to) return 'undated';
  const a = formatDate(from ?? to);
  const b = formatDate(to ?? from);
  return a === b ? a : `${a} – ${b}`;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` string (calendar arithmetic only, no time zone). */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Math.round(Date.UTC(y!, m! - 1, d!) / 86_400_000);
}

export function dayString(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}
