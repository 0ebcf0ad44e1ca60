import type { RawArticle } from '../article.ts';

/** A raw article as a reader would produce it, for tests. */
export function rawArticle(id: string, text: string, extra: Partial<RawArticle> = {}): RawArticle {
  return {
    id,
    title: null,
    text,
    url: null,
    declaredLang: null,
    published: null,
    source: null,
    byline: null,
    origin: { file: `${id}.txt` },
    messages: [],
    ...extra,
  };
}
