/**
 * What a write's articles add to the entity listing's counts and to the stories' entity facets, summed
 * over the whole batch so that each engine upserts once per entity, written form, language and facet
 * instead of once per article (SQLite: sqlite-mention-writes.ts; PostgreSQL: postgres-mention-writes.ts).
 * The 256 articles of a batch name about 59 distinct entities an article between them, against 157
 * counted one article at a time (the first 10,000 scaled articles).
 *
 * The sums end as the one-by-one writes left the counts only if they are written before anything reads
 * or lowers those counts: before a stored article is deleted (its trigger may drop a row a pending sum
 * would have kept, and a row made anew takes the type of its new first mention) and before story
 * changes move the facets.
 */
import type { ArticleRecord, StoryId } from '../article.ts';
import { factsOf } from '../facts/fact.ts';

/** One article's mentions of one entity: the type of the first, their number, and each written form's count. */
export interface ArticleEntity {
  type: string;
  n: number;
  names: Map<string, number>;
}

/** An article's entity mentions grouped by entity, in the order of their first mention. */
export function entitiesOf(r: ArticleRecord): Map<string, ArticleEntity> {
  const byEntity = new Map<string, ArticleEntity>();
  for (const m of factsOf(r.facts, 'entity')) {
    let e = byEntity.get(m.entity);
    if (!e) byEntity.set(m.entity, (e = { type: m.type, n: 0, names: new Map() }));
    e.n++;
    e.names.set(m.text, (e.names.get(m.text) ?? 0) + 1);
  }
  return byEntity;
}

/** One entity's pending sums: the type of its first mention in the batch, its mentions, the articles naming it, by form and by language. */
export interface EntitySums {
  type: string;
  mentions: number;
  articles: number;
  names: Map<string, number>;
  langs: Map<string, number>;
}

/** A story's pending facet for one entity: mentions, and the seq of the first article of the batch that named it there. */
export interface FacetSums {
  n: number;
  seq: number;
}

export class MentionSums {
  readonly entities = new Map<string, EntitySums>();
  readonly facets = new Map<StoryId, Map<string, FacetSums>>();
  /** Mentions summed since the last `clear`. */
  mentions = 0;

  /** Adds the entities (`entitiesOf`) of the article row `seq`, in `lang`, placed in `story`. */
  add(seq: number, lang: string, story: StoryId, entities: ReadonlyMap<string, ArticleEntity>): void {
    if (entities.size === 0) return;
    let facets = this.facets.get(story);
    if (!facets) this.facets.set(story, (facets = new Map()));
    for (const [entity, e] of entities) {
      let sums = this.entities.get(entity);
      if (!sums) this.entities.set(entity, (sums = { type: e.type, mentions: 0, articles: 0, names: new Map(), langs: new Map() }));
      sums.mentions += e.n;
      sums.articles++;
      for (const [text, n] of e.names) sums.names.set(text, (sums.names.get(text) ?? 0) + n);
      sums.langs.set(lang, (sums.langs.get(lang) ?? 0) + 1);
      const facet = facets.get(entity);
      if (facet) facet.n += e.n;
      else facets.set(entity, { n: e.n, seq });
      this.mentions += e.n;
    }
  }

  clear(): void {
    this.entities.clear();
    this.facets.clear();
    this.mentions = 0;
  }
}
