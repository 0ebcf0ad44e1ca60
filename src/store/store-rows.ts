/**
 * Rows to results, for every SQL engine: each selects the same column names (summaries alias theirs
 * as below), so that the engines cannot drift apart in what a result holds.
 */
import { articleId, storyId, topicId } from '../article.ts';
import { entityId, type EntityType } from '../entities/entity.ts';
import type { Placement } from '../cluster/corpus.ts';
import { namesOf } from './entity-cursor.ts';
import { decodeFacts } from './facts-codec.ts';
import { unpackJson } from './packed-json.ts';
import { unpackPlacement } from './placement-codec.ts';
import { unpackText } from './packed-text.ts';
import { decodeFeaturesBinary } from './features-binary.ts';
import type { ArticleDetail, ArticleRow, EntitySummary, StoredState, StorySummary } from './store.ts';

export type Row = Record<string, unknown>;

/**
 * The topic a story is reported under, for row queries over \`articles\`: regrouping's when it set one
 * (\`stories.reported_topic\`), else the topic placement gave it (the row's own \`topic\`).
 */
export const REPORTED_TOPIC_SQL = '(SELECT reported_topic FROM stories WHERE stories.id = articles.story) AS reported_topic';
const reportedTopic = (r: Row) => topicId(((r.reported_topic as string | null | undefined) ?? r.topic) as string);

/** From `id, topic, title, articles, independent, languages (comma-joined), firstSeq, lastSeq, earliest, latest`. */
export function storySummaryFromRow(r: Row): StorySummary {
  return {
    id: storyId(r.id as string),
    topic: topicId(r.topic as string),
    title: (r.title as string | null) ?? null,
    articles: Number(r.articles),
    independent: Number(r.independent),
    languages: String(r.languages ?? '').split(',').filter(Boolean).sort(),
    firstSeq: Number(r.firstSeq),
    lastSeq: Number(r.lastSeq),
    earliest: (r.earliest as string | null) ?? null,
    latest: (r.latest as string | null) ?? null,
  };
}

/** From `seq, id, lang, features, story, topic, reported_topic, report_date, relation_of`: what reopening a corpus reads, on either engine. */
export function storedStateFromRow(r: Row): StoredState {
  return {
    seq: Number(r.seq),
    id: articleId(r.id as string),
    lang: r.lang as string,
    features: decodeFeaturesBinary(r.features as Uint8Array),
    story: storyId(r.story as string),
    topic: topicId(r.topic as string),
    reportedTopic: r.reported_topic === null || r.reported_topic === undefined ? null : topicId(r.reported_topic as string),
    published: (r.published as string | null) ?? null,
    reportDate: (r.report_date as string | null) ?? null,
    relationOf: r.relation_of === null ? null : articleId(r.relation_of as string),
  };
}

/** From `seq, id, title, lang_json, story, topic, reported_topic, placement, url, published, source`. */
export function articleRowFromRow(r: Row): ArticleRow {
  return articleRowWith(r, unpackPlacement(r.placement as Uint8Array));
}

/** The same, with the row's placement already unpacked. */
function articleRowWith(r: Row, placement: Placement): ArticleRow {
  return {
    id: articleId(r.id as string),
    seq: Number(r.seq),
    title: (r.title as string | null) ?? null,
    lang: JSON.parse(r.lang_json as string),
    story: storyId(r.story as string),
    topic: reportedTopic(r),
    relation: placement.relation ?? null,
    url: (r.url as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    source: (r.source as string | null) ?? null,
    explanation: placement.explanation ?? null,
  };
}

/** From every column of `articles`. */
export function articleDetailFromRow(r: Row): ArticleDetail {
  const text = unpackText(r.text);
  const placement = unpackPlacement(r.placement as Uint8Array);
  return {
    ...articleRowWith(r, placement),
    text,
    byline: (r.byline as string | null) ?? null,
    declaredLang: (r.declared_lang as string | null) ?? null,
    origin: JSON.parse(r.origin_json as string),
    paragraphs: unpackJson(r.paragraphs as Uint8Array),
    messages: JSON.parse(r.messages_json as string),
    placement,
    reportDate: (r.report_date as string | null) ?? null,
    facts: decodeFacts(r.facts as Uint8Array, text),
  };
}

/** From `id, type, mentions, articles, stories, languages (comma-joined)`, with the entity's written forms and their counts. */
export function entitySummaryFromRow(r: Row, names: ReadonlyArray<{ text: string; n: number }>): EntitySummary {
  return {
    id: entityId(r.id as string),
    type: r.type as EntityType,
    ...namesOf(names),
    mentions: Number(r.mentions),
    articles: Number(r.articles),
    stories: Number(r.stories),
    languages: String(r.languages ?? '').split(',').filter(Boolean).sort(),
  };
}
