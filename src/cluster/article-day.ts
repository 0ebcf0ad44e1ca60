const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 of an ISO 8601 date (its calendar day as written), or null when there is none. */
export function dayNumber(iso: string | null): number | null {
  const m = iso === null ? null : DAY.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.round(t / 86_400_000) : null;
}
