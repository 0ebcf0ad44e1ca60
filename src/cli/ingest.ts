/**
 * `parallax ingest PATH|URL...`: adds articles to the store and says what changed, without
 * printing the whole story list as `analyze` does, because ingest is what a scheduled job or the
 * watcher runs again and again against a growing store.
 */
import { articleId, type ArticleId, type StoryId } from '../article.ts';
import type { ResolvedConfig } from '../config.ts';
import type { Corpus } from '../cluster/corpus.ts';
import { ingest, openCorpus, type IngestReport, type Progress } from '../ingest.ts';
import { contentHash } from '../content-hash.ts';
import { readInputs, type ReadOptions, type ReadResult } from '../read/read-inputs.ts';
import { openStore } from '../store/open-store.ts';
import type { Store, StorySummary } from '../store/store.ts';
import { reportProblems } from './analyze.ts';
import { enqueueCommand } from './enqueue.ts';
import { progressReporter } from './progress.ts';

export interface IngestFlags {
  quiet: boolean;
  fetchPages: boolean;
  allowPrivate: boolean;
  /** Put the articles on the PostgreSQL queue for `parallax worker` instead of analysing them here. */
  enqueue?: boolean;
}

export interface BatchResult {
  report: IngestReport;
  /** Articles stored for the first time in this batch. */
  added: number;
  /** Stories that gained or changed an article, with whether the batch founded them. */
  touched: Array<{ story: StorySummary; isNew: boolean }>;
}

/**
 * Notes which articles will be stored or replaced, before `ingest` sees them: the report counts
 * them but does not name them, and the stories they land in are what the user wants to hear about.
 */
async function* noteChanges(inputs: AsyncIterable<ReadResult>, store: Store, changed: Map<ArticleId, 'added' | 'updated'>): AsyncGenerator<ReadResult> {
  for await (const r of inputs) {
    if (r.ok) {
      const id = articleId(r.article.id);
      const stored = await store.contentHash(id);
      if (stored !== contentHash(r.article) && !changed.has(id)) changed.set(id, stored === null ? 'added' : 'updated');
    }
    yield r;
  }
}

/** Ingests one batch of inputs into an open store and works out which stories it touched. */
export async function ingestBatch(
  inputs: AsyncIterable<ReadResult>,
  store: Store,
  corpus: Corpus,
  cfg: ResolvedConfig,
  onProgress?: (p: Progress) => void,
): Promise<BatchResult> {
  const changed = new Map<ArticleId, 'added' | 'updated'>();
  const report = await ingest(noteChanges(inputs, store, changed), store, corpus, cfg, onProgress);
  const byStory = new Map<StoryId, { added: number; all: number }>();
  for (const [id, how] of changed) {
    const story = (await store.article(id))?.story;
    if (!story) continue; // rejected after all (a duplicate id in the batch)
    const n = byStory.get(story) ?? { added: 0, all: 0 };
    n.all++;
    if (how === 'added') n.added++;
    byStory.set(story, n);
  }
  const touched: BatchResult['touched'] = [];
  for (const [id, n] of byStory) {
    const story = await store.story(id);
    if (story) touched.push({ story, isNew: n.added === story.articles });
  }
  touched.sort((a, b) => a.story.firstSeq - b.story.firstSeq);
  return { report, added: report.stored - report.updated, touched };
}

/** "3 added, 1 updated, 5 unchanged, 2 rejected" */
export function batchCounts(b: BatchResult): string {
  return `${b.added} added, ${b.report.updated} updated, ${b.report.unchanged} unchanged, ${b.report.rejected.length} rejected`;
}

/** One line per touched story: id, new or grown, size, languages, title. */
export function touchedLines(b: BatchResult): string[] {
  return b.touched.map(({ story, isNew }) => {
    const size = `${story.articles} article${story.articles === 1 ? '' : 's'}`;
    return `  ${story.id}  ${isNew ? 'new    ' : 'updated'}  ${size.padEnd(12)}${story.languages.join(' ') || 'und'}  ${story.title ?? '(untitled)'}`;
  });
}

export function readOptions(cfg: ResolvedConfig, flags: Pick<IngestFlags, 'fetchPages' | 'allowPrivate'>): ReadOptions {
  return { maxBytes: cfg.maxBytes, fetchPages: flags.fetchPages, allowPrivate: flags.allowPrivate };
}

/** Exit 1 when any input was rejected, as `analyze`. */
export async function ingestCommand(inputs: string[], cfg: ResolvedConfig, flags: IngestFlags, out: NodeJS.WritableStream, err: NodeJS.WriteStream): Promise<number> {
  if (flags.enqueue) return enqueueCommand(inputs, cfg, readOptions(cfg, flags), out, err);
  const store = await openStore(cfg.db);
  try {
    const corpus = await openCorpus(store, cfg);
    const progress = flags.quiet ? null : progressReporter(err);
    const batch = await ingestBatch(readInputs(inputs, readOptions(cfg, flags)), store, corpus, cfg, progress?.update);
    progress?.stop();
    reportProblems(batch.report, err);
    out.write(`${batchCounts(batch)}; database ${cfg.db}\n`);
    if (batch.touched.length > 0) out.write(`stories touched (${batch.touched.length}):\n${touchedLines(batch).join('\n')}\n`);
    return batch.report.rejected.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
