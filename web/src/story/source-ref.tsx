/**
 * A citation mark: the source's number in brackets, a link to the cited article (at the cited span
 * when known). `long` adds the source's name, for lists where a bare number says too little.
 */
import { Link, paths } from '../router.tsx';
import { languageName } from '../ui/lang.tsx';
import { sourceName, type StoryView } from './story-view.ts';
import { clip } from '../ui/words.ts';

export function SourceRef({ view, article, span, long = false }: {
  view: StoryView;
  article: string;
  span?: { start: number | null; end: number | null } | null;
  long?: boolean;
}) {
  const n = view.number.get(article);
  const s = view.byArticle.get(article);
  const mark = span && span.start !== null && span.end !== null ? { start: span.start, end: span.end } : null;
  const label = s ? `Source ${n}: ${sourceName(s)}, ${languageName(s.lang)}` : `Article ${article}`;
  return (
    <Link to={paths.article(article, mark)} className={long ? 'cite-long' : 'cite'} aria-label={label} title={label}>
      [{n ?? '?'}]{long && s && ` ${clip(sourceName(s), 48)}`}
    </Link>
  );
}
