/**
 * Publication dates to ISO 8601. Values that already are ISO 8601 keep their wall-clock time and
 * offset (converting to UTC would lose the outlet's local date); other parseable forms are
 * converted; the rest is kept as given and flagged, since a wrong date is worse than a raw one.
 */

export interface IsoDate {
  value: string;
  /** False when the value could not be read as a date and is returned as given. */
  iso: boolean;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function validTime(h: number, min: number, s: number): boolean {
  return h <= 23 && min <= 59 && s <= 60;
}

function zone(z: string | undefined): string {
  if (!z) return '';
  if (/^z$/i.test(z)) return 'Z';
  const m = /^([+-]\d{2}):?(\d{2})?$/.exec(z)!;
  return `${m[1]}:${m[2] ?? '00'}`;
}

function fromParts(y: number, mo: number, d: number, time?: { h: number; mi: number; s: number; frac?: string; z?: string }): string | null {
  if (!validDay(y, mo, d)) return null;
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (!time) return date;
  if (!validTime(time.h, time.mi, time.s)) return null;
  return `${date}T${pad(time.h)}:${pad(time.mi)}:${pad(time.s)}${time.frac ?? ''}${zone(time.z)}`;
}

/** ISO 8601 with minor variations: a space for `T`, `+0100` offsets, missing seconds. */
function fromIso(s: string): string | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, frac, z] = m;
  if (h === undefined) return fromParts(+y!, +mo!, +d!);
  return fromParts(+y!, +mo!, +d!, { h: +h, mi: +mi!, s: +(sec ?? 0), frac, z });
}

/** `20240305` and the European `5.3.2024` / `05.03.2024 14:30`. */
function fromCompactOrDotted(s: string): string | null {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return fromParts(+compact[1]!, +compact[2]!, +compact[3]!);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (!dotted) return null;
  const [, d, mo, y, h, mi, sec] = dotted;
  if (h === undefined) return fromParts(+y!, +mo!, +d!);
  return fromParts(+y!, +mo!, +d!, { h: +h, mi: +mi!, s: +(sec ?? 0) });
}

/**
 * RFC 2822 and English month-name dates ("Tue, 05 Mar 2024 10:00:00 GMT", "March 5, 2024").
 * Date.parse accepts nearly anything, so a four-digit year and a month name are required.
 */
function fromTextual(s: string): string | null {
  if (!/\b\d{4}\b/.test(s) || !/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i.test(s)) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const hasTime = /\d{1,2}:\d{2}/.test(s);
  const hasZone = /(\b(gmt|utc|z)\b|[+-]\d{2}:?\d{2}\b)/i.test(s);
  if (hasTime && hasZone) return new Date(t).toISOString();
  // Without a zone Date.parse read local time, so local getters give back the wall-clock values.
  const d = new Date(t);
  const date = `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return hasTime ? `${date}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` : date;
}

export function isoDate(raw: string): IsoDate {
  const s = raw.trim();
  const iso = fromIso(s) ?? fromCompactOrDotted(s) ?? fromTextual(s);
  return iso === null ? { value: s, iso: false } : { value: iso, iso: true };
}
