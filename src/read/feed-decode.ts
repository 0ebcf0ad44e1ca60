/**
 * Bytes whose charset is declared outside the text decoder's view: by an HTTP Content-Type header or
 * an XML declaration (`<?xml version="1.0" encoding="ISO-8859-1"?>`). A BOM still wins, as in
 * browsers; without a usable declaration the ordinary decoder decides.
 */
import { TextDecoder } from 'node:util';
import { bomEncoding, decodeBytes, decodeWindows1252, looksBinary, type Decoded } from './decode.ts';
import { readNote } from './read-result.ts';

/** The encoding an XML declaration names, read from the first bytes as Latin-1 (ASCII-compatible encodings only). */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 200)).toString('latin1');
  const m = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:+-]+)["']/.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * Decodes `bytes` with a declared charset (`null`: none). `html` lets the ordinary decoder read a
 * `<meta charset>` when nothing else is declared.
 */
export function decodeDeclared(bytes: Uint8Array, where: string, charset: string | null, opts: { html?: boolean } = {}): Decoded {
  if (!charset || bytes.length === 0 || bomEncoding(bytes)) return decodeBytes(bytes, where, opts);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { ignoreBOM: true, fatal: true });
  } catch {
    const decoded = decodeBytes(bytes, where, opts);
    if (decoded.ok) decoded.messages.unshift(readNote('unknown-charset', `${where}: unknown charset "${charset}" declared; guessed instead`, 'warning'));
    return decoded;
  }
  const encoding = decoder.encoding;
  if (!encoding.startsWith('utf-16') && looksBinary(bytes)) return decodeBytes(bytes, where, opts);
  if (encoding === 'windows-1252') return { ok: true, text: decodeWindows1252(bytes), encoding, messages: [] };
  try {
    return { ok: true, text: decoder.decode(bytes), encoding, messages: [] };
  } catch {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    const note = readNote('invalid-bytes', `${where}: declared ${encoding} but contains invalid bytes; they were replaced with U+FFFD`, 'warning');
    return { ok: true, text, encoding, messages: [note] };
  }
}
