/**
 * `parallax export --all`: the whole store as JSON Lines, one stored article a line in ingest order,
 * with every field as given and its stored analysis (src/cli/exported-article.ts), for `parallax
 * import` to restore into another store, on this or another engine, with nothing lost.
 */
import type { Store, StoryHistoryEntry } from '../store/store.ts';
import { exportedArticle } from './exported-article.ts';

function drained(out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (e?: Error) => {
      out.off('drain', done);
      out.off('error', done);
      if (e) reject(e);
      else resolve();
    };
    out.once('drain', done);
    out.once('error', done);
  });
}

/**
 * Writes every article, and between them the story changes (merges, moves, topic changes) at the point
 * of the stream where they were made, so that an import replays them and ends in the same stories;
 * resolves to how many articles. Waits for the output to drain, so a huge store never piles up in memory.
 */
export async function exportAll(store: Store, out: NodeJS.WritableStream): Promise<number> {
  const changes: StoryHistoryEntry[] = [];
  for await (const c of store.storyChanges()) changes.push(c);
  let next = 0;
  const write = async (value: unknown) => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await drained(out);
  };
  const changesBefore = async (seq: number) => {
    for (; next < changes.length && changes[next]!.after < seq; next++) {
      const { after: _after, ...storyChange } = changes[next]!;
      await write({ storyChange });
    }
  };
  let n = 0;
  for await (const state of store.loadState()) {
    const [detail, hash] = await Promise.all([store.article(state.id), store.contentHash(state.id)]);
    if (detail === null || hash === null) throw new Error(`export: article ${state.id} vanished while exporting; is another process writing to the store?`);
    await changesBefore(detail.seq);
    await write(exportedArticle(detail, hash, state.features));
    n++;
  }
  await changesBefore(Number.POSITIVE_INFINITY);
  return n;
}
