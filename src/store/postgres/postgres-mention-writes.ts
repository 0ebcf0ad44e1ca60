/**
 * Schema version 12 on PostgreSQL: the entity listing's counts and the stories' entity facets are
 * summed by the writer over a write's batch (`MentionSums`, ../mention-sums.ts) and upserted in four
 * statements a batch, where versions 5, 8 and 9 ran three row triggers for every inserted mention
 * (about 33 mentions an article, each trigger a few statements). Deletes keep those triggers: an
 * article is deleted only when it is replaced, and a mention row is never updated. The triggers keep
 * their names, so they still fire in the same order.
 */
import { MentionSums } from '../mention-sums.ts';
import { pgText } from './postgres-text.ts';
import type { PostgresTx } from './postgres-write.ts';

export const POSTGRES_MENTION_WRITES_SQL = `
  DROP TRIGGER entity_mentions_spread_insert ON entity_mentions;
  DROP TRIGGER entity_mentions_count ON entity_mentions;
  CREATE TRIGGER entity_mentions_count AFTER DELETE ON entity_mentions FOR EACH ROW EXECUTE FUNCTION entity_mentions_count();
  DROP TRIGGER entity_mentions_facets ON entity_mentions;
  CREATE TRIGGER entity_mentions_facets AFTER DELETE ON entity_mentions FOR EACH ROW EXECUTE FUNCTION entity_mentions_facets();
`;

// A new entity takes the type of its first mention, as version 9's trigger gave it. A new facet row
// fires story_facets_entity_insert, which counts the story on entity_stats: the stats rows are written first.
const STATS = `INSERT INTO entity_stats (entity, type, mentions, articles)
  SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[])
  ON CONFLICT (entity) DO UPDATE SET mentions = entity_stats.mentions + excluded.mentions, articles = entity_stats.articles + excluded.articles`;
const NAMES = `INSERT INTO entity_names (entity, text, n) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
  ON CONFLICT (entity, text) DO UPDATE SET n = entity_names.n + excluded.n`;
const LANGS = `INSERT INTO entity_langs (entity, lang, n) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
  ON CONFLICT (entity, lang) DO UPDATE SET n = entity_langs.n + excluded.n`;
const FACETS = `INSERT INTO story_facets (story, kind, value, n, first_seq)
  SELECT f.story, 'entity', f.value, f.n, coalesce(t.first_seq, f.seq)
  FROM unnest($1::text[], $2::text[], $3::int[], $4::bigint[]) AS f(story, value, n, seq) LEFT JOIN story_stats t ON t.story = f.story
  ON CONFLICT (story, kind, value) DO UPDATE SET n = story_facets.n + excluded.n`;

/** Writes the pending sums inside the caller's transaction and clears them. */
export async function flushMentionSums(tx: PostgresTx, sums: MentionSums): Promise<void> {
  if (sums.mentions === 0) return;
  const stats: [string[], string[], number[], number[]] = [[], [], [], []];
  const names: [string[], string[], number[]] = [[], [], []];
  const langs: [string[], string[], number[]] = [[], [], []];
  for (const [entity, e] of sums.entities) {
    const id = pgText(entity);
    stats[0].push(id), stats[1].push(e.type), stats[2].push(e.mentions), stats[3].push(e.articles);
    // Two written forms that differ only where one has U+0000 are one row here: one upsert a row.
    const forms = new Map<string, number>();
    for (const [text, n] of e.names) forms.set(pgText(text), (forms.get(pgText(text)) ?? 0) + n);
    for (const [text, n] of forms) names[0].push(id), names[1].push(text), names[2].push(n);
    for (const [lang, n] of e.langs) langs[0].push(id), langs[1].push(lang), langs[2].push(n);
  }
  const facets: [string[], string[], number[], number[]] = [[], [], [], []];
  for (const [story, byEntity] of sums.facets) {
    for (const [entity, f] of byEntity) facets[0].push(story), facets[1].push(pgText(entity)), facets[2].push(f.n), facets[3].push(f.seq);
  }
  await tx.query({ name: 'parallax-mention-stats', text: STATS, values: stats });
  await tx.query({ name: 'parallax-mention-names', text: NAMES, values: names });
  await tx.query({ name: 'parallax-mention-langs', text: LANGS, values: langs });
  await tx.query({ name: 'parallax-mention-facets', text: FACETS, values: facets });
  // The triggers bumped the version once a mention.
  await tx.query({ name: 'parallax-mention-version', text: 'UPDATE store_version SET n = n + $1', values: [sums.mentions] });
  sums.clear();
}
