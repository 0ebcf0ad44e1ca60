import { Link } from '../router.tsx';
import { useTitle } from '../ui/title.ts';

export function NotFoundPage({ path }: { path: string }) {
  useTitle('Not found');
  return (
    <>
      <h1 tabIndex={-1}>Nothing here</h1>
      <p>There is no page at <code>{path}</code>. <Link to="/">See all stories</Link>.</p>
    </>
  );
}
