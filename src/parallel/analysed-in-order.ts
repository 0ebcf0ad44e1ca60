/**
 * The analysis step of ingest, on as many threads as the config says: every item comes out in input
 * order with its analysis, so whatever follows (relations, story placement, the store's seq order)
 * sees exactly what a single-threaded run sees. Small inputs are analysed on the calling thread:
 * starting a thread costs about as much as analysing a hundred articles.
 */
import type { RawArticle } from '../article.ts';
import type { ResolvedConfig } from '../config.ts';
import { AnalysisPool, type Analysis } from './analysis-pool.ts';
import { inOrder } from './in-order.ts';
import { analysisWorkers } from './thread-count.ts';

export interface AnalysisOptions {
  /** Threads start only once this many articles wait for analysis (default 64); fewer are analysed here. */
  parallelFrom?: number;
  /**
   * Articles handed to the threads ahead of the one the caller waits for (default 64 per thread): enough
   * that a slow stretch on the calling thread (a regrouping, a commit) does not leave the threads idle.
   */
  window?: number;
  /** Called with the pool once its threads start (never when every analysis runs here), to ask them how much memory they hold. */
  onPool?: (pool: AnalysisPool) => void;
}

/** An item with the analysis of its article, or null for an item without one (a rejected read). */
export interface AnalysedItem<T> {
  item: T;
  analysis: Analysis | null;
}

export const PARALLEL_FROM = 64;

/**
 * The stages, loaded when this thread first analyses an article: a thread whose analyses all run on
 * worker threads never holds their data (language detection alone is about 200 MB).
 */
let pipeline: Promise<typeof import('../pipeline.ts')> | null = null;

/** Analyses one article on this thread; a stage that throws fails this article only. */
export async function analyseHere(raw: RawArticle, cfg: ResolvedConfig): Promise<Analysis> {
  const { analyzeArticle } = await (pipeline ??= import('../pipeline.ts'));
  try {
    return { ok: true, record: analyzeArticle(raw, cfg) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

async function* chain<T>(head: readonly T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head;
  for (let n = await rest.next(); !n.done; n = await rest.next()) yield n.value;
}

/**
 * Each item of `items`, in order, with the analysis of `rawOf(item)` (null when it has no article).
 * With worker threads to spare (analysisWorkers) and enough articles, analyses run on a pool of them, at most `window`
 * ahead; the pool is closed when the stream ends or the caller stops reading. Rejects when a thread
 * dies (see AnalysisPool), never hangs.
 */
export async function* analysedInOrder<T>(
  items: AsyncIterable<T>,
  rawOf: (item: T) => RawArticle | null,
  cfg: ResolvedConfig,
  opts: AnalysisOptions = {},
): AsyncGenerator<AnalysedItem<T>> {
  const here = async (item: T): Promise<AnalysedItem<T>> => {
    const raw = rawOf(item);
    return { item, analysis: raw === null ? null : await analyseHere(raw, cfg) };
  };
  const it = items[Symbol.asyncIterator]();
  const head: T[] = [];
  let articles = 0;
  const from = Math.max(1, opts.parallelFrom ?? PARALLEL_FROM);
  const workers = analysisWorkers(cfg);
  if (workers > 0) {
    while (articles < from) {
      const n = await it.next();
      if (n.done) break;
      head.push(n.value);
      if (rawOf(n.value) !== null) articles++;
    }
  }
  if (articles < from) {
    for (const item of head) yield await here(item);
    for (let n = await it.next(); !n.done; n = await it.next()) yield await here(n.value);
    return;
  }
  const pool = new AnalysisPool(cfg, workers);
  opts.onPool?.(pool);
  try {
    const start = async (item: T): Promise<AnalysedItem<T>> => {
      const raw = rawOf(item);
      return { item, analysis: raw === null ? null : await pool.analyse(raw) };
    };
    yield* inOrder(chain(head, it), start, opts.window ?? workers * 64);
  } finally {
    await pool.close();
  }
}
