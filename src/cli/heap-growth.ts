import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what the last full collection left live, in per cent.
 *
 * By default V8 picks the factor itself and, while collections are quick, lets a heap grow to twice
 * its live size or more before the next one. A long ingest keeps a large corpus live, so that slack
 * was the largest part of its peak memory: `parallax analyze` of 10,000 scaled articles peaked at
 * about 1,400 MB with V8's choice and about 1,070 MB at 40 %, in no more time (README, "Memory"). At
 * 20 % it peaked at 1,022 MB but ran 1.16x as long: full collections come too often.
 */
export const HEAP_GROWING_PERCENT = 40;

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
