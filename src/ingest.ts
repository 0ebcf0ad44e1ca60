import { articleId, type ArticleId, type Message, type Origin, type RawArticle } from './article.ts';
import type { ResolvedConfig } from './config.ts';
import { Corpus } from './cluster/corpus.ts';
import { analysedInOrder, type AnalysisOptions } from './parallel/analysed-in-order.ts';
import { contentHash } from './content-hash.ts';
import type { ReadResult } from './read/read-inputs.ts';
import type { StoryChange } from './cluster/story-change.ts';
import type { Analysed, Store, StoredState } from './store/store.ts';

export interface Rejection {
  origin: Origin;
  code: string;
  message: string;
}

export interface IngestReport {
  stored: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
  /** Warnings the stages reported, per article (repeated paragraphs, encoding guesses, …). */
  notes: Array<{ id: ArticleId; origin: Origin; messages: Message[] }>;
  bytes: number;
}

export interface Progress {
  read: number;
  stored: number;
  bytes: number;
}

/** Rebuilds the streaming state from what the store holds, in ingest order. */
export async function openCorpus(store: Store, cfg: ResolvedConfig): Promise<Corpus> {
  const corpus = new Corpus(cfg);
  const closes: Array<{ at: number; change: StoryChange }> = [];
  for await (const e of store.storyChanges()) if (e.kind === 'close') closes.push({ at: e.after, change: e });
  await restoreStates(corpus, store.loadState(), closes);
  return corpus;
}

/**
 * Restores stored articles in store order, and lets go of each closed story where the stream closed
 * it: after the last article stored before its `close` was recorded (`at`). Closing is decided once,
 * by the corpus that placed the stream, so every corpus rebuilt from the store holds the same stories
 * at the same point (DESIGN, "Closed stories"), and a reopened store holds no more than the stream did.
 */
export async function restoreStates(corpus: Corpus, states: AsyncIterable<StoredState>, closes: ReadonlyArray<{ at: number; change: StoryChange }>, onState?: (s: StoredState) => void): Promise<void> {
  let next = 0;
  for await (const s of states) {
    while (next < closes.length && closes[next]!.at < s.seq) corpus.replay(closes[next++]!.change);
    corpus.restore(s.id, s.lang, s.features, s.story, s.topic, s);
    onState?.(s);
  }
  while (next < closes.length) corpus.replay(closes[next++]!.change);
}

/** One input as the analysis step sees it: an article to analyse, or a rejection decided on reading. */
type Prepared =
  | { kind: 'article'; raw: RawArticle; existing: string | null }
  | { kind: 'unchanged' }
  | { kind: 'rejected'; rejection: Rejection };

/**
 * Reads, analyses, relates and places articles in input order, and stores them in batches. A bad input
 * (or an article a stage fails on) is reported and skipped; an article already stored with the same
 * content is skipped, so running twice changes nothing. A crash loses at most the batch being written.
 * With more than one analysis thread (`cfg.threads`; 0 = one per core) the analyses run on worker threads (src/parallel/), ahead of the article
 * being placed; everything after analysis stays on this thread, so the result is the same.
 */
export async function ingest(
  inputs: AsyncIterable<ReadResult>,
  store: Store,
  corpus: Corpus,
  cfg: ResolvedConfig,
  onProgress?: (p: Progress) => void,
  analysisOptions?: AnalysisOptions,
): Promise<IngestReport> {
  const report: IngestReport = { stored: 0, updated: 0, unchanged: 0, rejected: [], notes: [], bytes: 0 };
  const seen = new Set<string>();
  let batch: Analysed[] = [];
  let read = 0;
  const flush = async () => {
    // The story changes the merge/split pass made while placing the batch go in its transaction.
    const changes = corpus.takeChanges();
    const dormant = corpus.takeDormant();
    if (batch.length === 0 && changes.length === 0 && dormant.length === 0) return;
    await store.write(batch, changes, dormant);
    batch = [];
  };
  // Decided before analysis, in input order: an article stored unchanged is not analysed again. Ids
  // are unique within a run, so the batches written meanwhile cannot change what was looked up.
  async function* prepare(): AsyncGenerator<Prepared> {
    for await (const r of inputs) {
      read++;
      if (!r.ok) {
        yield { kind: 'rejected', rejection: { origin: r.origin, code: r.code, message: r.message } };
        continue;
      }
      const raw = r.article;
      report.bytes += Buffer.byteLength(raw.text);
      if (seen.has(raw.id)) {
        yield { kind: 'rejected', rejection: { origin: raw.origin, code: 'duplicate-id', message: `the id "${raw.id}" was already read in this run; give each article its own id` } };
        continue;
      }
      seen.add(raw.id);
      const existing = await store.contentHash(articleId(raw.id));
      yield existing === contentHash(raw) ? { kind: 'unchanged' } : { kind: 'article', raw, existing };
    }
  }
  const rawOf = (p: Prepared) => (p.kind === 'article' ? p.raw : null);
  for await (const { item, analysis } of analysedInOrder(prepare(), rawOf, cfg, analysisOptions)) {
    if (item.kind === 'rejected') {
      report.rejected.push(item.rejection);
      continue;
    }
    if (item.kind === 'unchanged' || analysis === null) {
      report.unchanged++;
      continue;
    }
    if (!analysis.ok) {
      report.rejected.push({ origin: item.raw.origin, code: 'analysis-failed', message: `analysis failed: ${analysis.message}` });
      continue;
    }
    const record = analysis.record;
    if (item.existing !== null) {
      // Same id, new content: the new version replaces the old one in the store. The old version stays
      // in this run's in-memory indexes until the store is reopened.
      await flush();
      report.updated++;
    }
    const placement = corpus.add(record);
    batch.push({ record, placement });
    report.stored++;
    const warnings = record.messages.filter((m) => m.level === 'warning' || m.level === 'error');
    if (warnings.length > 0) report.notes.push({ id: record.id, origin: record.origin, messages: warnings });
    if (batch.length >= cfg.batchSize) await flush();
    onProgress?.({ read, stored: report.stored, bytes: report.bytes });
  }
  await flush();
  onProgress?.({ read, stored: report.stored, bytes: report.bytes });
  return report;
}
