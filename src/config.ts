/**
 * Options are resolved once, at the entry (CLI, library, server), into a frozen config.
 * The core reads only `ResolvedConfig`; nothing below the entry looks at the environment.
 */

export interface Options {
  /** SQLite file path. */
  db?: string;
  /** Cosine similarity an article needs to join an existing story. */
  storyThreshold?: number;
  /** Similarity a new story needs to join an existing topic. */
  topicThreshold?: number;
  /** Score a cross-language pair needs to count as a translation. */
  translationThreshold?: number;
  /** Shingle containment for a near-duplicate. */
  nearDuplicateThreshold?: number;
  /** Largest input file read whole, in bytes. */
  maxBytes?: number;
  /** Articles stored per transaction: a crash loses at most the batch being written. */
  batchSize?: number;
  /**
   * Threads an ingest keeps busy, the main thread included: it places and stores while the others
   * analyse (1: it does everything). 0, the default: one per core, at most MAX_THREADS, counted where
   * the threads start (src/parallel/thread-count.ts), since this file is read by the browser too.
   */
  threads?: number;
  /**
   * The window the clustering holds in full: an article more than `windowArticles` arrivals old and, when
   * dated, more than `windowDays` days older than the newest is let go (its story stays; DESIGN, the window).
   */
  windowArticles?: number;
  windowDays?: number;
  /**
   * The most arrivals the days may keep an article in full (default 30,000, and never below
   * `windowArticles`): in a dense stream (a day of the world's news is 50,000 articles) every article is
   * within `windowDays`, and without a limit the window, and the memory it holds, would be the whole stream.
   */
  windowLimit?: number;
  /**
   * Arrivals after which a story no article has joined is closed (default 50,000): once its articles have
   * all left the window too, it leaves the clustering's memory, stays in the store as it is, and a later
   * report of its event starts a new story, under the same topic when it is near. A day of the world's
   * news (50,000 articles) would otherwise keep every story it ever saw (DESIGN, "Closed stories").
   */
  storyLimit?: number;
  /**
   * Days between given publication dates beyond which two reports are never one story (default 60): a
   * later report starts a new story, under the same topic when it is near (DESIGN, "Stories bounded in
   * time"). Dates inferred from the text never part stories.
   */
  eventDays?: number;
}

export interface ResolvedConfig {
  readonly db: string;
  readonly storyThreshold: number;
  readonly topicThreshold: number;
  readonly translationThreshold: number;
  readonly nearDuplicateThreshold: number;
  readonly maxBytes: number;
  readonly batchSize: number;
  readonly threads: number;
  readonly windowArticles: number;
  readonly windowDays: number;
  readonly windowLimit: number;
  readonly storyLimit: number;
  readonly eventDays: number;
}

/** More threads than this only add memory: the main thread (placement, store) is then the limit. */
export const MAX_THREADS = 8;

// Chosen on the development sets by the procedure in DESIGN.md ("Tuning").
export const defaults: ResolvedConfig = Object.freeze({
  db: 'parallax.db',
  storyThreshold: 0.2,
  topicThreshold: 0.2,
  translationThreshold: 0.85,
  nearDuplicateThreshold: 0.7,
  maxBytes: 50 * 1024 * 1024,
  batchSize: 256,
  threads: 0,
  windowArticles: 10_000,
  windowDays: 30,
  windowLimit: 30_000,
  storyLimit: 50_000,
  eventDays: 60,
});

function unit(name: string, v: number | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (!Number.isFinite(v) || v < 0 || v > 1) {
    throw new RangeError(`config: ${name} must be a number between 0 and 1, got ${String(v)}`);
  }
  return v;
}

export function resolveConfig(options: Options = {}): ResolvedConfig {
  const maxBytes = options.maxBytes ?? defaults.maxBytes;
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    throw new RangeError(`config: maxBytes must be a positive integer, got ${String(options.maxBytes)}`);
  }
  const batchSize = options.batchSize ?? defaults.batchSize;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
    throw new RangeError(`config: batchSize must be a whole number from 1 to 100000, got ${String(options.batchSize)}`);
  }
  const threads = options.threads ?? defaults.threads;
  if (!Number.isInteger(threads) || threads < 0 || threads > 64) {
    throw new RangeError(`config: threads must be a whole number from 0 (one per core) to 64, got ${String(options.threads)}`);
  }
  const windowArticles = options.windowArticles ?? defaults.windowArticles;
  if (!Number.isSafeInteger(windowArticles) || windowArticles < 1) {
    throw new RangeError(`config: windowArticles must be a whole number of articles, at least 1, got ${String(options.windowArticles)}`);
  }
  const windowDays = options.windowDays ?? defaults.windowDays;
  if (!Number.isSafeInteger(windowDays) || windowDays < 0) {
    throw new RangeError(`config: windowDays must be a whole number of days, at least 0, got ${String(options.windowDays)}`);
  }
  const windowLimit = options.windowLimit ?? Math.max(defaults.windowLimit, windowArticles);
  if (!Number.isSafeInteger(windowLimit) || windowLimit < windowArticles) {
    throw new RangeError(`config: windowLimit must be a whole number of articles, at least windowArticles (${windowArticles}), got ${String(options.windowLimit)}`);
  }
  const storyLimit = options.storyLimit ?? defaults.storyLimit;
  if (!Number.isSafeInteger(storyLimit) || storyLimit < 1) {
    throw new RangeError(`config: storyLimit must be a whole number of articles, at least 1, got ${String(options.storyLimit)}`);
  }
  const eventDays = options.eventDays ?? defaults.eventDays;
  if (!Number.isSafeInteger(eventDays) || eventDays < 1) {
    throw new RangeError(`config: eventDays must be a whole number of days, at least 1, got ${String(options.eventDays)}`);
  }
  return Object.freeze({
    db: options.db ?? defaults.db,
    windowArticles,
    windowDays,
    windowLimit,
    storyLimit,
    eventDays,
    batchSize,
    threads,
    storyThreshold: unit('storyThreshold', options.storyThreshold, defaults.storyThreshold),
    topicThreshold: unit('topicThreshold', options.topicThreshold, defaults.topicThreshold),
    translationThreshold: unit('translationThreshold', options.translationThreshold, defaults.translationThreshold),
    nearDuplicateThreshold: unit('nearDuplicateThreshold', options.nearDuplicateThreshold, defaults.nearDuplicateThreshold),
    maxBytes,
  });
}
