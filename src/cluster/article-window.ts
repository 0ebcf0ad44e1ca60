import type { ArticleId } from '../article.ts';

/** The window's three bounds (config `windowArticles`, `windowDays`, `windowLimit`). */
export interface WindowBounds {
  readonly windowArticles: number;
  readonly windowDays: number;
  readonly windowLimit: number;
}

/** What the window reads of an article it holds: its arrival and its day. */
export interface WindowedArticle {
  seq: number;
  day: number | null;
}

/**
 * Which articles the clustering holds whole, and when each leaves (Corpus `settle`; DESIGN, "Pipeline
 * map", clustering step 5). An article leaves once it arrived more than `windowArticles` arrivals ago
 * and, when dated, is more than `windowDays` before the newest article. Both, so that a stream out of
 * date order (a backfill, ECB+) keeps what it may still need, and a busy day keeps what it was told. And
 * at most `windowLimit` arrivals whatever the days say: a dense stream (a day of the world's news is
 * 50,000 articles, all within the days) would otherwise be held whole from start to end. Each article is
 * looked at about once per window, so the work per article stays flat.
 */
export class ArticleWindow {
  /** Articles held, oldest first (a Map keeps insertion order), with their arrival. */
  private readonly fresh = new Map<ArticleId, number>();
  /**
   * Articles past `windowArticles` that the days keep, in arrival order, with the seq of their last look:
   * apart from `fresh`, whose order is that of the last looks too, so that the oldest is always first here.
   */
  private readonly kept = new Map<ArticleId, number>();
  /** The latest day of a dated article so far: "now" for the window. */
  private newestDay: number | null = null;

  constructor(private readonly bounds: WindowBounds) {}

  /** An article arrives (`seq`, its place in the stream) and is held whole. */
  enter(id: ArticleId, seq: number, day: number | null): void {
    this.fresh.set(id, seq);
    if (day !== null && (this.newestDay === null || day > this.newestDay)) this.newestDay = day;
  }

  /** An article is no longer held: it was replaced by a new version (which enters anew). */
  leave(id: ArticleId): void {
    this.fresh.delete(id);
    this.kept.delete(id);
  }

  /**
   * After `seq` arrivals, calls `letGo` for each article that leaves the window now, oldest first in each
   * queue. `article` reads an article held.
   */
  settle(seq: number, article: (id: ArticleId) => WindowedArticle, letGo: (id: ArticleId) => void): void {
    this.look(this.kept, seq, article, letGo);
    this.look(this.fresh, seq, article, letGo);
  }

  /**
   * Looks at a queue's articles from its head while they are due: a window since their last look, or
   * past the limit. An article the days keep moves from `fresh` to the end of `kept`, and stays in its
   * place there at later looks, so both queues stay in arrival order: the head is the oldest, the limit
   * is checked exactly, and the first article not due ends the look. A look held up behind a kept
   * article comes within about two windows instead of one: the article stays whole (and may be found as
   * a copy's original) that much longer, never past the limit.
   */
  private look(queue: Map<ArticleId, number>, seq: number, article: (id: ArticleId) => WindowedArticle, letGo: (id: ArticleId) => void): void {
    const { windowArticles, windowDays, windowLimit } = this.bounds;
    for (const [id, at] of queue) {
      const m = article(id);
      const age = seq - m.seq;
      if (seq - at <= windowArticles && age <= windowLimit) return;
      if (age <= windowLimit && m.day !== null && this.newestDay !== null && this.newestDay - m.day <= windowDays) {
        // Still within the days: looked at again a window later (`set` on a key keeps its place).
        if (queue !== this.kept) queue.delete(id);
        this.kept.set(id, seq);
        continue;
      }
      queue.delete(id);
      letGo(id);
    }
  }
}
