/**
 * Coverage over time: how many of a story's articles each language published per day, week or month
 * (chosen so that the span fits a small chart), on a continuous time axis. Dates are the sources'
 * own calendar days; sources without a date are counted apart.
 */
import { dayNumber, dayOf, dayString } from '../ui/dates.ts';

export type Unit = 'day' | 'week' | 'month';

export interface Coverage {
  unit: Unit;
  /** Bucket labels (`YYYY-MM-DD` of the bucket's first day, or `YYYY-MM`), in time order, without gaps. */
  buckets: string[];
  languages: string[];
  /** counts[bucket][language index] */
  counts: number[][];
  undated: Map<string, number>;
  max: number;
}

function bucketOf(day: string, unit: Unit): string {
  if (unit === 'day') return day;
  if (unit === 'month') return day.slice(0, 7);
  const n = dayNumber(day);
  // 1970-01-01 was a Thursday: shift so that weeks start on Monday.
  return dayString(n - ((n + 3) % 7));
}

function nextBucket(b: string, unit: Unit): string {
  if (unit === 'day') return dayString(dayNumber(b) + 1);
  if (unit === 'week') return dayString(dayNumber(b) + 7);
  const [y, m] = b.split('-').map(Number);
  return m === 12 ? `${y! + 1}-01` : `${y}-${String(m! + 1).padStart(2, '0')}`;
}

export function coverage(sources: ReadonlyArray<{ lang: string; published: string | null }>, languages: readonly string[]): Coverage {
  const langs = [...new Set([...languages, ...sources.map((s) => s.lang)])];
  const days = sources.map((s) => dayOf(s.published)).filter((d): d is string => d !== null).sort();
  const undated = new Map<string, number>();
  for (const s of sources) if (!dayOf(s.published)) undated.set(s.lang, (undated.get(s.lang) ?? 0) + 1);
  if (days.length === 0) return { unit: 'day', buckets: [], languages: langs, counts: [], undated, max: 0 };
  const span = dayNumber(days[days.length - 1]!) - dayNumber(days[0]!);
  const unit: Unit = span <= 45 ? 'day' : span <= 400 ? 'week' : 'month';
  const buckets: string[] = [];
  const last = bucketOf(days[days.length - 1]!, unit);
  for (let b = bucketOf(days[0]!, unit); buckets.length < 1000; b = nextBucket(b, unit)) {
    buckets.push(b);
    if (b === last) break;
  }
  const index = new Map(buckets.map((b, i) => [b, i]));
  const counts = buckets.map(() => langs.map(() => 0));
  for (const s of sources) {
    const d = dayOf(s.published);
    if (!d) continue;
    counts[index.get(bucketOf(d, unit))!]![langs.indexOf(s.lang)]! += 1;
  }
  return { unit, buckets, languages: langs, counts, undated, max: Math.max(...counts.map((c) => c.reduce((a, b) => a + b, 0))) };
}
