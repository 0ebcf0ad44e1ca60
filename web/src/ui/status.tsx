/** What a page shows while it loads, when the server answered with a problem, and when there is nothing. */
import type { ReactNode } from 'react';
import type { ApiError, Loaded } from '../api/client.ts';

export function Loading({ what }: { what: string }) {
  return <p className="status" role="status">Loading {what}…</p>;
}

export function ErrorNote({ error, what }: { error: ApiError; what: string }) {
  const heading = error.status === 404 ? `No such ${what}` : `Could not load the ${what}`;
  return (
    <div className="error" role="alert">
      <p><strong>{heading}.</strong> {error.message}</p>
      {error.problem?.parameter && <p>The server found fault with the parameter “{error.problem.parameter}”.</p>}
    </div>
  );
}

/** Renders `render(data)` once loaded, the loading note or the error otherwise. */
export function Await<T>({ loaded, what, children }: { loaded: Loaded<T>; what: string; children: (data: T) => ReactNode }) {
  if (loaded.state === 'loading') return <Loading what={what} />;
  if (loaded.state === 'error') return <ErrorNote error={loaded.error} what={what} />;
  return <>{children(loaded.data)}</>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** "1 article", "3 articles". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
