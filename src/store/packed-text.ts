/**
 * An article's text as a store may keep it: deflated when that is shorter than its UTF-8, else as given.
 * The value says which it is (a string is the text, bytes are deflated), so rows written before a store
 * deflated anything read the same. SQLite keeps texts so (sqlite-stored-text.ts); PostgreSQL compresses
 * large values itself and hands back strings, which `unpackText` returns as they are.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export function packText(text: string): string | Buffer {
  const raw = Buffer.from(text, 'utf8');
  const packed = deflateRawSync(raw);
  return packed.length < raw.length ? packed : text;
}

export function unpackText(stored: unknown): string {
  if (typeof stored === 'string') return stored;
  if (stored instanceof Uint8Array) return inflateRawSync(stored).toString('utf8');
  throw new Error(`store: an article's stored text is ${stored === null ? 'null' : typeof stored}, neither text nor deflated bytes; the row is damaged`);
}
