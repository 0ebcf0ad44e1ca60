/**
 * A story member as the briefing reads it: the stored article with the independent report it belongs
 * to (itself, or the original it copies or translates, followed through chains).
 */
import type { ArticleId } from '../article.ts';
import type { ArticleDetail } from '../store/store.ts';

export type MemberView = Omit<ArticleDetail, 'lang'> & {
  /** The code of the article's language. */
  lang: string;
  report: ArticleId;
};

export function memberViews(members: readonly ArticleDetail[]): MemberView[] {
  const byId = new Map(members.map((m) => [m.id, m]));
  const root = (id: ArticleId): ArticleId => {
    let at = id;
    for (let hops = 0; hops < members.length; hops++) {
      const of = byId.get(at)?.relation?.of;
      if (!of || !byId.has(of)) break;
      at = of;
    }
    return at;
  };
  return members.map((m) => ({ ...m, lang: m.lang.code, report: root(m.id) }));
}
