import type { ArticleRow, Store, StorySummary } from '../store/store.ts';

/** One member as `--json` and the API's story answer print it. */
export function memberJson(a: ArticleRow) {
  return {
    id: a.id,
    title: a.title,
    lang: a.lang.code,
    published: a.published,
    relation: a.relation && { kind: a.relation.kind, of: a.relation.of, score: Math.round(a.relation.score * 1000) / 1000, evidence: a.relation.evidence },
    why: a.explanation ?? null,
  };
}

/** Stories with their members, as `--json` prints them. */
export async function storiesJson(store: Store, stories: readonly StorySummary[]) {
  return Promise.all(stories.map(async (s) => ({
    ...s,
    members: (await store.storyMembers(s.id)).map(memberJson),
    history: await store.storyHistory(s.id),
  })));
}
