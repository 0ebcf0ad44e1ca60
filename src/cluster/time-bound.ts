/**
 * Stories bounded in time (DESIGN, "Stories bounded in time"): reports published more than `eventDays`
 * apart are not one story, however alike their words. The same two leaders meeting again a year later
 * is a new event of the same topic, and so is a report that repeats, months later, what an old story
 * said. Only publication dates the source gave count: a date inferred from the text is often the date
 * of what the text recalls (an anniversary, a trial about an old crime), so it never parts anything.
 */
import { dayNumber } from './article-day.ts';

/** A first and last day, null while none is known. */
export interface DaySpan {
  first: number | null;
  last: number | null;
}

/** The article's day (given or inferred) and whether it is the publication date the source gave. */
export function articleDay(published: string | null, reportDate: string | null): { day: number | null; dayGiven: boolean } {
  const given = dayNumber(published);
  return given !== null ? { day: given, dayGiven: true } : { day: dayNumber(reportDate), dayGiven: false };
}

/** Takes `day` into `span`. */
export function widen(span: DaySpan, day: number): void {
  span.first = span.first === null ? day : Math.min(span.first, day);
  span.last = span.last === null ? day : Math.max(span.last, day);
}

/** Whether two spans of given days lie more than `days` apart (never when either is empty). */
export function outOfTime(a: DaySpan, b: DaySpan, days: number): boolean {
  if (a.first === null || a.last === null || b.first === null || b.last === null) return false;
  return Math.max(a.first - b.last, b.first - a.last) > days;
}

/** The span of one given day, or the empty span. */
export function givenSpan(day: number | null, dayGiven: boolean): DaySpan {
  return dayGiven && day !== null ? { first: day, last: day } : { first: null, last: null };
}
