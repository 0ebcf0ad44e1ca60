/** Words the pages share. */

/** What each entity type is called in running text. */
export const ENTITY_TYPE = { PER: 'person', ORG: 'organisation', LOC: 'place' } as const;

/** The first `n` characters of `s`, with an ellipsis when cut. */
export const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
