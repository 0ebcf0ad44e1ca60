import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what the last full collection left live, in per cent.
 *
 * By default V8 picks the factor itself and, while collections are quick, lets a heap grow to twice
 * its live size or more before the next one. A long ingest keeps a large corpus live, so that slack
 * was a large part of its peak memory. `parallax analyze`, against V8's own choice (README, "Command
 * line"): on 10,000 scaled articles 80 % peaked at about 1,190 MB against 1,400, and 40 % at 1,070
 * but in 1.07x the time 80 % took; on 4,000 NTREX documents 80 % peaked at 870 MB against 1,180 in
 * 0.95x the time, 40 % at 827 MB in 1.11x. Lower bounds cost time, presumably on the analysis thread,
 * whose live set (the stages' models) is large too and whose every article is garbage soon after.
 */
export const HEAP_GROWING_PERCENT = 80;

const FLAG = /^--heap[-_]growing[-_]percent(=|$)/;

export interface HeapGrowthSources {
  /** The process's node flags (`process.execArgv`): `node --heap-growing-percent=N` wins. */
  execArgv: readonly string[];
  /** PARALLAX_HEAP_GROWTH: a percentage, or `v8` for V8's own choice. */
  env: string | undefined;
}

/**
 * The growth to set: a percentage, or null to leave V8's (the user's own flag, or `v8`). Throws for a
 * PARALLAX_HEAP_GROWTH that is neither, naming the variable.
 */
export function heapGrowth(from: HeapGrowthSources): number | null {
  if (from.execArgv.some((a) => FLAG.test(a))) return null;
  const env = from.env?.trim();
  if (env === undefined || env === '') return HEAP_GROWING_PERCENT;
  if (env === 'v8') return null;
  const n = Number(env);
  if (!Number.isSafeInteger(n) || n < 1 || n > 1000) {
    throw new RangeError(`heap growth: PARALLAX_HEAP_GROWTH must be a whole percentage from 1 to 1000, or v8 for V8's own choice; got ${JSON.stringify(from.env)}`);
  }
  return n;
}

/**
 * Sets the heap growth for this process and every thread it starts, and returns it (null: V8's).
 * The entry points call it once, before the corpus grows; V8 reads the flag at every full collection.
 */
export function boundHeapGrowth(from: HeapGrowthSources = { execArgv: process.execArgv, env: process.env.PARALLAX_HEAP_GROWTH }): number | null {
  const percent = heapGrowth(from);
  if (percent !== null) setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}

/** The setting as the benches print it beside what they measured. */
export function heapGrowthLabel(percent: number | null): string {
  return percent === null ? "V8's own" : `${percent} %`;
}
