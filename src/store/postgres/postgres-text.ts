/**
 * PostgreSQL text cannot hold U+0000, which readers let through. Text columns get U+FFFD in its
 * place (same length, so offsets hold) and `exact_json` keeps the exact values, which reads restore.
 */
export function pgText<T extends string | null>(s: T): T {
  return (s !== null && s.includes('\u0000') ? s.replaceAll('\u0000', '\uFFFD') : s) as T;
}
