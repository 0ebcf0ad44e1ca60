import type { ArticleRecord } from '../article.ts';

const MAX = 120;

/** A story is named after its founding article: its title, else its first heading or sentence. */
export function storyTitle(rec: Pick<ArticleRecord, 'title' | 'text' | 'paragraphs'>): string | null {
  if (rec.title && rec.title.trim()) return rec.title.trim();
  const first = rec.paragraphs.find((p) => p.repeatOf === null && p.kind !== 'caption');
  if (!first) return null;
  const text = rec.text.slice(first.start, first.end);
  const sentence = /^.*?[.!?](?=\s|$)/su.exec(text)?.[0] ?? text;
  return sentence.length <= MAX ? sentence : `${sentence.slice(0, MAX - 1).replace(/\s+\S*$/, '')}…`;
}
