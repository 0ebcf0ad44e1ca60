import type { Store } from '../store/store.ts';

/**
 * One JSON line per article, in ingest order: the contract that evaluation relies on.
 * `duplicateOf` covers exact and near duplicates; `translationOf` cross-language versions.
 */
export async function exportArticles(store: Store, out: NodeJS.WritableStream): Promise<void> {
  for await (const a of store.articles()) {
    const r = a.relation;
    out.write(`${JSON.stringify({
      id: a.id,
      lang: a.lang.code,
      story: a.story,
      topic: a.topic,
      duplicateOf: r && r.kind !== 'translation' ? r.of : null,
      translationOf: r && r.kind === 'translation' ? r.of : null,
      title: a.title,
    })}\n`);
  }
}
