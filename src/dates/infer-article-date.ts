import { dayNumber, isoDay, validDate } from './calendar.ts';
import type { DateMention } from './date-mention.ts';

const FULL = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH = /^(\d{4})-(\d{2})$/;
const PARTIAL_DAY = /^--(\d{2})-(\d{2})$/;

function latest(days: string[]): string | null {
  return days.length ? days.reduce((a, b) => (b > a ? b : a)) : null;
}

/**
 * A best guess of the report's date from the dates an article mentions (extracted without a reference).
 * Rules, in order:
 * 1. the latest absolute full date marked as the report's time (a dateline, "Stand: …", "as of …");
 * 2. else the latest absolute full date mentioned: a report is rarely written before what it reports;
 * 3. else the latest day written without a year ("am 13. Januar"), placed in the first year that puts it on or
 *    after the latest absolute month mentioned ("im November 2022" → 13 January 2023). Bare years are not used
 *    for this: they are as often targets ("bis 2026") as past;
 * 4. else null.
 * The answer is a calendar date, 'YYYY-MM-DD'.
 */
export function inferArticleDate(dates: DateMention[]): string | null {
  const absoluteDays = (ds: DateMention[]) =>
    ds.filter((d) => !d.relative && d.value !== null && FULL.test(d.value)).map((d) => d.value!.slice(0, 10));
  const reported = latest(absoluteDays(dates.filter((d) => d.role === 'report')));
  if (reported) return reported;
  const absolute = latest(absoluteDays(dates));
  if (absolute) return absolute;
  const months = dates.filter((d) => !d.relative && d.value !== null && MONTH.test(d.value)).map((d) => d.value!);
  const floor = latest(months);
  if (!floor) return null;
  const [fy, fm] = [Number(floor.slice(0, 4)), Number(floor.slice(5, 7))];
  const placed: string[] = [];
  for (const d of dates) {
    const p = d.partial === null ? null : PARTIAL_DAY.exec(d.partial);
    if (!p) continue;
    const [m, day] = [Number(p[1]), Number(p[2])];
    let y = m >= fm ? fy : fy + 1;
    // 29 February waits for a leap year.
    while (!validDate(y, m, day) && y < fy + 8) y++;
    if (validDate(y, m, day)) placed.push(isoDay(dayNumber(y, m, day)));
  }
  return latest(placed);
}
