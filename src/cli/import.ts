/**
 * `parallax import FILE...`: restores what `parallax export --all` wrote, into an empty or an existing
 * store. Rows are restored as they were, not analysed again: the analysis and the story each article was
 * placed in are what the store held, whatever version or settings made them, and restoring takes seconds
 * where analysing takes minutes. Idempotent like ingest: an article stored with the same content hash is
 * left alone, one stored with other content under the same id is replaced. Every bad line is reported
 * with its number and the rest is restored.
 */
import { createReadStream } from 'node:fs';
import type { ArticleId, StoryId } from '../article.ts';
import type { ResolvedConfig } from '../config.ts';
import type { Rejection } from '../ingest.ts';
import { tryUtf8 } from '../read/decode.ts';
import { describeJsonError } from '../read/json.ts';
import { splitLines } from '../read/jsonl.ts';
import { formatBytes } from '../read/read-result.ts';
import { openStore } from '../store/open-store.ts';
import type { Analysed, Store } from '../store/store.ts';
import type { StoryChange } from '../cluster/story-change.ts';
import { importedArticle } from './exported-article.ts';

export interface ImportReport {
  restored: number;
  replaced: number;
  unchanged: number;
  rejected: Rejection[];
}

async function* buffers(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<Buffer> {
  for await (const c of source) yield typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
}

/** Restores the lines of one export into `store`, in their order, `batchSize` articles a transaction. */
export async function importExport(source: AsyncIterable<Uint8Array | string>, file: string, store: Store, cfg: Pick<ResolvedConfig, 'batchSize' | 'maxBytes'>, report: ImportReport, seen = new Set<ArticleId>()): Promise<void> {
  let batch: Analysed[] = [];
  const stories = new Set<StoryId>();
  const written: Array<{ line: number; id: ArticleId; story: string; topic: string }> = [];
  const flush = async () => {
    if (batch.length > 0) await store.write(batch);
    batch = [];
  };
  const reject = (line: number, code: string, problem: string) => report.rejected.push({ origin: { file, line }, code, message: `${file}: line ${line}: ${problem}` });
  for await (const l of splitLines(buffers(source), cfg.maxBytes)) {
    if ('tooLong' in l) {
      reject(l.line, 'line-too-long', `line of ${formatBytes(l.tooLong)} is over the limit of ${formatBytes(cfg.maxBytes)} (maxBytes)`);
      continue;
    }
    const text = tryUtf8(l.bytes);
    if (text === null) {
      reject(l.line, 'invalid-utf8', 'is not valid UTF-8, which every export is; was the file converted?');
      continue;
    }
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      reject(l.line, 'invalid-json', `invalid JSON (${describeJsonError(e, text)})`);
      continue;
    }
    if (typeof value === 'object' && value !== null && 'storyChange' in value) {
      const change = importedStoryChange((value as { storyChange: unknown }).storyChange);
      if (change === null) {
        reject(l.line, 'invalid-export', 'a storyChange line without a valid merge, move or topic change');
        continue;
      }
      // Changes apply where the stream made them: after the articles before them are written.
      await flush();
      if (await pendingChange(store, change)) await store.applyStoryChanges([change]);
      continue;
    }
    const checked = importedArticle(value);
    if (!checked.ok) {
      reject(l.line, 'invalid-export', checked.problem);
      continue;
    }
    const { analysed: { record, placement }, story, topic } = checked;
    if (seen.has(record.id)) {
      reject(l.line, 'duplicate-id', `the id "${record.id}" was already imported in this run`);
      continue;
    }
    seen.add(record.id);
    const stored = await store.contentHash(record.id);
    if (stored === record.contentHash) {
      report.unchanged++;
      continue;
    }
    if (stored === null) report.restored++;
    else report.replaced++;
    // A story's row is made when its founding article is written. When the founder was later replaced by a
    // version placed elsewhere, no exported article founds the story: its first member founds it here instead.
    if (placement.via !== 'new' && !stories.has(placement.story) && (await store.story(placement.story)) === null) {
      batch.push({ record, placement: { ...placement, via: 'new' } });
    }
    stories.add(placement.story);
    batch.push({ record, placement });
    written.push({ line: l.line, id: record.id, story, topic });
    if (batch.length >= cfg.batchSize) await flush();
  }
  await flush();
  // Nothing lost includes where each article is: restoring writes the placement, and a story that was
  // merged or split after the placement would leave the article elsewhere than it was exported from.
  for (const w of written) {
    const now = await store.article(w.id);
    if (now && (now.story !== w.story || now.topic !== w.topic)) {
      reject(w.line, 'story-changed', `"${w.id}" was exported in story ${w.story} (topic ${w.topic}) but is restored in ${now.story} (topic ${now.topic}): its story changed after it was placed (a merge or split), and the export does not carry such changes`);
    }
  }
}

function importedStoryChange(v: unknown): StoryChange | null {
  if (typeof v !== 'object' || v === null) return null;
  const c = v as Record<string, unknown>;
  const str = (x: unknown) => typeof x === 'string' && x.length > 0;
  if (typeof c.score !== 'number') return null;
  if (c.kind === 'merge' && str(c.from) && str(c.into) && str(c.topic)) return c as StoryChange;
  if (c.kind === 'move' && str(c.from) && str(c.into) && str(c.topic) && typeof c.created === 'boolean'
    && Array.isArray(c.articles) && c.articles.length > 0 && c.articles.every(str)) return c as StoryChange;
  if ((c.kind === 'topic' || c.kind === 'regroup') && str(c.story) && str(c.from) && str(c.into)) return c as StoryChange;
  if (c.kind === 'close' && str(c.story) && str(c.topic)) return c as StoryChange;
  return null;
}

/** Whether a change still has something to do: an import into a store that holds it already skips it. */
async function pendingChange(store: Store, c: StoryChange): Promise<boolean> {
  if (c.kind === 'merge') return (await store.story(c.from)) !== null && (await store.story(c.into)) !== null;
  if (c.kind === 'topic' || c.kind === 'regroup') {
    // A story may go back and forth between topics, and its summary gives only the topic it is reported
    // under, not the one placement reads: what tells that the store holds the change already is its record.
    if ((await store.story(c.story)) === null) return false;
    return !(await store.storyHistory(c.story)).some((e) => e.kind === c.kind && e.from === c.from && e.into === c.into && e.score === c.score);
  }
  if (c.kind === 'close') return (await store.story(c.story)) !== null && !(await store.storyHistory(c.story)).some((e) => e.kind === 'close');
  for (const id of c.articles) if ((await store.article(id))?.story !== c.into) return (await store.story(c.from)) !== null;
  return false;
}

/** Exit 0 when every line was restored or already there, 1 when some were rejected. */
export async function importCommand(files: string[], cfg: ResolvedConfig, stdin: NodeJS.ReadableStream, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const store = await openStore(cfg.db);
  const report: ImportReport = { restored: 0, replaced: 0, unchanged: 0, rejected: [] };
  const seen = new Set<ArticleId>();
  try {
    for (const file of files) {
      const source = file === '-' ? (stdin as AsyncIterable<Uint8Array | string>) : createReadStream(file);
      try {
        await importExport(source, file, store, cfg, report, seen);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === undefined) throw e;
        report.rejected.push({ origin: { file }, code: 'unreadable', message: `${file}: could not be read (${(e as Error).message}); check the path` });
      }
    }
  } finally {
    await store.close();
  }
  for (const r of report.rejected) err.write(`parallax: rejected ${r.message}\n`);
  out.write(`${report.restored} restored, ${report.replaced} replaced, ${report.unchanged} unchanged, ${report.rejected.length} rejected; database ${cfg.db}\n`);
  return report.rejected.length > 0 ? 1 : 0;
}
