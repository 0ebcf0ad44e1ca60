import { articleId, type ArticleRecord, type RawArticle, type Stage } from './article.ts';
import type { ResolvedConfig } from './config.ts';
import { findDates } from './facts/find-dates.ts';
import { findEntities } from './facts/find-entities.ts';
import { findFigures } from './facts/find-figures.ts';
import { findProvenance } from './facts/find-provenance.ts';
import { findQuotes } from './facts/find-quotes.ts';
import { extractFeatures } from './features/extract-features.ts';
import { contentHash } from './content-hash.ts';
import { detectArticleLanguage } from './language/detect-article-language.ts';
import { tokenize } from './language/tokenize.ts';
import { dropRepeatedParagraphs } from './normalize/drop-repeated-paragraphs.ts';
import { markCaptions } from './normalize/mark-captions.ts';
import { segmentParagraphs } from './normalize/segment-paragraphs.ts';
import { splitGluedWords } from './normalize/split-glued-words.ts';

/**
 * The per-article stages, in order. Each is a pure function of the record; the corpus-level steps
 * (relations to earlier articles, story assignment) follow in `Corpus.add`, in src/cluster/corpus.ts.
 */
export const articleStages: readonly Stage[] = [
  segmentParagraphs,
  dropRepeatedParagraphs,
  markCaptions,
  detectArticleLanguage,
  tokenize,
  splitGluedWords,
  extractFeatures,
  findEntities,
  findDates,
  findFigures,
  findQuotes,
  findProvenance,
];

export function createRecord(raw: RawArticle): ArticleRecord {
  return {
    id: articleId(raw.id),
    origin: raw.origin,
    title: raw.title,
    text: raw.text,
    url: raw.url,
    declaredLang: raw.declaredLang,
    published: raw.published,
    source: raw.source,
    byline: raw.byline,
    contentHash: contentHash(raw),
    paragraphs: [],
    lang: { code: 'und', confidence: 0, second: null },
    tokens: [],
    glued: [],
    features: null,
    reportDate: null,
    facts: [],
    messages: [...raw.messages],
  };
}

export function analyzeArticle(raw: RawArticle, cfg: ResolvedConfig): ArticleRecord {
  return articleStages.reduce((rec, stage) => stage(rec, cfg), createRecord(raw));
}
