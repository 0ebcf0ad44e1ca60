import { createHash } from 'node:crypto';
import type { RawArticle } from './article.ts';

/**
 * What makes ingest idempotent: the same fields as given give the same hash. Apart from the pipeline,
 * so that a thread that only reads, relates and places articles (their analyses on worker threads)
 * never loads the stages' data: language detection alone holds about 200 MB.
 */
export function contentHash(raw: RawArticle): string {
  const h = createHash('sha256');
  for (const v of [raw.title, raw.text, raw.url, raw.declaredLang, raw.published, raw.source, raw.byline]) {
    h.update(v ?? '\u0000').update('\u0001');
  }
  return h.digest('hex');
}
