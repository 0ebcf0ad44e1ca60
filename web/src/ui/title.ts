import { useEffect } from 'react';

/** The document title: what the page shows, then the app's name (set as text; never parsed as markup). */
export function useTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · Parallax` : 'Parallax';
  }, [title]);
}
