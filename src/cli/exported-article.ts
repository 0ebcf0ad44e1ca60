/**
 * One line of `parallax export --all`: a stored article with every field as it was given (under the
 * JSON input names: `lang` is the declared language) and everything the analysis stored about it, so
 * that `parallax import` can put it back exactly as it was, without analysing it again. The line is
 * checked on the way in like any input: a line that is not such an article, or whose content no longer
 * matches its hash (edited after the export), is refused with its line number.
 */
import { articleId, storyId, topicId, type ArticleRecord, type Features } from '../article.ts';
import type { Placement } from '../cluster/corpus.ts';
import { contentHash } from '../content-hash.ts';
import { decodeFeatures, encodeFeatures } from '../store/features-codec.ts';
import type { Analysed, ArticleDetail } from '../store/store.ts';

export const EXPORT_FORMAT = 'parallax-article/1';

export interface ExportedArticle {
  format: typeof EXPORT_FORMAT;
  id: string;
  title: string | null;
  text: string;
  url: string | null;
  lang: string | null;
  published: string | null;
  source: string | null;
  byline: string | null;
  origin: ArticleDetail['origin'];
  contentHash: string;
  analysis: {
    lang: ArticleDetail['lang'];
    paragraphs: ArticleDetail['paragraphs'];
    messages: ArticleDetail['messages'];
    reportDate: string | null;
    facts: ArticleDetail['facts'];
    features: unknown;
    placement: Placement;
    story: string;
    topic: string;
  };
}

export function exportedArticle(a: ArticleDetail, hash: string, features: Features): ExportedArticle {
  return {
    format: EXPORT_FORMAT,
    id: a.id, title: a.title, text: a.text, url: a.url, lang: a.declaredLang ?? null, published: a.published, source: a.source, byline: a.byline,
    origin: a.origin,
    contentHash: hash,
    analysis: {
      lang: a.lang, paragraphs: a.paragraphs, messages: a.messages, reportDate: a.reportDate, facts: a.facts,
      features: JSON.parse(encodeFeatures(features)) as unknown, placement: a.placement, story: a.story, topic: a.topic,
    },
  };
}

/** `story` and `topic`: where the article was when exported, which a merge or split may have changed since its placement. */
type Check = { ok: true; analysed: Analysed; story: string; topic: string } | { ok: false; problem: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const orNull = (v: unknown): boolean => v === null || typeof v === 'string';
const own = (o: Record<string, unknown>, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);
const PLACED_VIA = new Set(['relation', 'similarity', 'new']);

/** Spans must lie inside the text: the UI and the briefing cut the text at them. */
function spansInside(list: unknown, length: number): boolean {
  return Array.isArray(list) && list.every((s) => isObject(s) && Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) >= 0 && (s.start as number) <= (s.end as number) && (s.end as number) <= length);
}

/** A parsed line back to what the store writes; `problem` says what is wrong with it. */
export function importedArticle(value: unknown): Check {
  const bad = (problem: string): Check => ({ ok: false, problem });
  if (!isObject(value) || own(value, 'format') !== EXPORT_FORMAT) return bad(`not an exported article (expected "format": "${EXPORT_FORMAT}", as "parallax export --all" writes)`);
  const v = value;
  for (const k of ['id', 'text', 'contentHash'] as const) if (!isString(own(v, k)) || own(v, k) === '') return bad(`"${k}" must be a non-empty string`);
  for (const k of ['title', 'url', 'lang', 'published', 'source', 'byline'] as const) if (!orNull(own(v, k))) return bad(`"${k}" must be a string or null`);
  const origin = own(v, 'origin');
  if (!isObject(origin) || !isString(origin.file)) return bad('"origin" must be an object with a "file"');
  const an = own(v, 'analysis');
  if (!isObject(an)) return bad('"analysis" must be an object');
  const text = v.text as string;
  const lang = an.lang;
  if (!isObject(lang) || !isString(lang.code) || typeof lang.confidence !== 'number') return bad('"analysis.lang" must be {code, confidence, second}');
  if (!spansInside(an.paragraphs, text.length)) return bad('"analysis.paragraphs" must be spans inside the text');
  if (!spansInside(an.facts, text.length) || !(an.facts as unknown[]).every((f) => isObject(f) && isString(f.kind))) return bad('"analysis.facts" must be facts with spans inside the text');
  if (!Array.isArray(an.messages) || !an.messages.every((m) => isObject(m) && isString(m.stage) && isString(m.code) && isString(m.message))) return bad('"analysis.messages" must be messages {stage, code, message}');
  if (!orNull(an.reportDate)) return bad('"analysis.reportDate" must be a string or null');
  const p = an.placement;
  if (!isObject(p) || !isString(p.story) || !isString(p.topic) || !PLACED_VIA.has(p.via as string) || !(p.relation === null || (isObject(p.relation) && isString(p.relation.of) && isString(p.relation.kind)))) {
    return bad('"analysis.placement" must be a placement {story, topic, via, relation, score, runnerUp}');
  }
  if (!isString(an.story) || !isString(an.topic)) return bad('"analysis.story" and "analysis.topic" must be strings');
  let features: Features;
  try {
    features = decodeFeatures(JSON.stringify(an.features));
    if (!(features.terms instanceof Map) || !Array.isArray(features.shape) || !isString(features.bodyHash)) throw new Error('incomplete');
  } catch {
    return bad('"analysis.features" must be features as "parallax export --all" writes them');
  }
  const record: ArticleRecord = {
    id: articleId(v.id as string),
    origin: origin as unknown as ArticleRecord['origin'],
    title: v.title as string | null, text, url: v.url as string | null, declaredLang: v.lang as string | null,
    published: v.published as string | null, source: v.source as string | null, byline: v.byline as string | null,
    contentHash: v.contentHash as string,
    paragraphs: an.paragraphs as ArticleRecord['paragraphs'],
    lang: lang as unknown as ArticleRecord['lang'],
    tokens: [], glued: [], // not stored: the next analysis of this article makes them again
    features,
    reportDate: an.reportDate as string | null,
    facts: an.facts as ArticleRecord['facts'],
    messages: an.messages as ArticleRecord['messages'],
  };
  if (contentHash(record) !== record.contentHash) {
    return bad('its fields do not match its "contentHash": the line was changed after the export; ingest the changed article instead of importing it');
  }
  const placement = { ...(p as unknown as Placement), story: storyId(p.story), topic: topicId(p.topic) };
  return { ok: true, analysed: { record, placement }, story: an.story, topic: an.topic };
}
