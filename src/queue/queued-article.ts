import type { RawArticle } from '../article.ts';

/** A queue row's article: the raw article exactly as read (JSON escapes what PostgreSQL text cannot hold). */
export const encodeRaw = (raw: RawArticle): string => JSON.stringify(raw);
export const decodeRaw = (json: string): RawArticle => JSON.parse(json) as RawArticle;

/** A row a worker has claimed. */
export interface Claimed {
  qseq: number;
  raw: RawArticle;
  /** How many workers have taken it, this one included. */
  attempts: number;
}

export type QueueOutcome = 'stored' | 'updated' | 'unchanged' | 'failed';
