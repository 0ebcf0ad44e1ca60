/**
 * One writer per process: ingestion decides story membership against the in-memory Corpus, so runs
 * must not interleave. Runs queue up in arrival order; the Corpus is rebuilt from the store on the
 * first run and again after a run that failed half-way (its in-memory state could be ahead of what
 * was committed).
 */
import { articleId, type Origin } from '../article.ts';
import type { Corpus } from '../cluster/corpus.ts';
import type { ResolvedConfig } from '../config.ts';
import { ingest, openCorpus, type IngestReport, type Progress } from '../ingest.ts';
import type { ReadResult } from '../read/read-result.ts';
import type { Store } from '../store/store.ts';

/** What became of one submitted item. `duplicate`: already stored with the same content, nothing changed. */
export interface ItemResult {
  id: string;
  status: 'stored' | 'duplicate' | 'rejected';
  reason?: string;
}

/** Thrown when a run could not start within the wait it was given; nothing was read or stored. */
/** An item of a request: what was read, and the id it answers to (the one it declared, else the one given it). */
export interface SubmittedItem {
  id: string;
  read: ReadResult;
}

export class IngestBusyError extends Error {
  constructor(readonly waitedMs: number) {
    super(`ingest: another ingestion held the store for over ${waitedMs} ms; retry later`);
  }
}

export class SerialIngest {
  private corpus: Promise<Corpus> | null = null;
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly store: Store, private readonly cfg: ResolvedConfig) {}

  /** Ingests a stream of read results, after every earlier run has finished. */
  run(inputs: AsyncIterable<ReadResult>, opts: { waitMs?: number; onProgress?: (p: Progress) => void } = {}): Promise<IngestReport> {
    return this.exclusive(opts.waitMs, (corpus) => ingest(inputs, this.store, corpus, this.cfg, opts.onProgress));
  }

  /**
   * Ingests a list of items and says what became of each: `stored` when the store now holds content
   * it did not hold before, `duplicate` when it already held exactly this, `rejected` with the reason.
   */
  runItems(items: readonly SubmittedItem[], opts: { waitMs?: number } = {}): Promise<{ report: IngestReport; results: ItemResult[] }> {
    return this.exclusive(opts.waitMs, async (corpus) => {
      const hashes = () => Promise.all(items.map(({ read }) => (read.ok ? this.store.contentHash(articleId(read.article.id)) : null)));
      const before = await hashes();
      const report = await ingest(fromList(items.map((x) => x.read)), this.store, corpus, this.cfg);
      const after = await hashes();
      // Rejections during ingestion (an id given twice) carry the article's own origin object.
      const rejectedBy = new Map<Origin, string>(report.rejected.map((r) => [r.origin, r.message]));
      const results = items.map(({ id, read }, i): ItemResult => {
        if (!read.ok) return { id, status: 'rejected', reason: read.message };
        const reason = rejectedBy.get(read.article.origin);
        if (reason !== undefined) return { id, status: 'rejected', reason };
        return { id, status: after[i] !== before[i] ? 'stored' : 'duplicate' };
      });
      return { report, results };
    });
  }

  private async exclusive<T>(waitMs: number | undefined, fn: (corpus: Corpus) => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => { release = resolve; });
    if (!(await turnWithin(previous, waitMs))) {
      // Keep the queue whole: this slot is handed on as soon as the one before it ends.
      void previous.then(release);
      throw new IngestBusyError(waitMs!);
    }
    try {
      this.corpus ??= openCorpus(this.store, this.cfg);
      return await fn(await this.corpus);
    } catch (e) {
      this.corpus = null;
      throw e;
    } finally {
      release();
    }
  }
}

async function turnWithin(previous: Promise<void>, waitMs: number | undefined): Promise<boolean> {
  if (waitMs === undefined) {
    await previous;
    return true;
  }
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), waitMs); });
  try {
    return await Promise.race([previous.then(() => true as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

async function* fromList(items: readonly ReadResult[]): AsyncGenerator<ReadResult> {
  yield* items;
}
