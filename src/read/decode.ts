/**
 * Bytes to text. Decides the encoding from a BOM, an HTML charset declaration, or by trying
 * UTF-8 and falling back to windows-1252 (what most legacy Western text without a label is).
 */
import { TextDecoder } from 'node:util';
import type { Message } from '../article.ts';
import { readNote } from './read-result.ts';

export type Decoded =
  | { ok: true; text: string; encoding: string; messages: Message[] }
  | { ok: false; code: 'empty' | 'binary'; problem: string };

const SNIFF_BYTES = 1024;

/** The encoding named by a byte order mark, and how many bytes the mark takes. */
export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a byte order mark, recognised by its NUL bytes: text in Latin, Greek or Cyrillic
 * script (and every space, digit and line break) has a zero high byte, so NULs fill one byte position
 * of each pair and almost never the other, which binary data does not do. The sample must also decode
 * to text without control characters.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  const encoding = odd >= pairs * 0.25 && even <= pairs * 0.02 ? 'utf-16le' : even >= pairs * 0.25 && odd <= pairs * 0.02 ? 'utf-16be' : null;
  if (encoding === null) return null;
  // The sample may end inside a surrogate pair; leave that half out so that it does not decode as U+FFFD.
  const last = encoding === 'utf-16le' ? bytes[n - 1]! : bytes[n - 2]!;
  const sample = new TextDecoder(encoding).decode(bytes.subarray(0, last >= 0xd8 && last <= 0xdb ? n - 2 : n));
  return /[\x00-\x08\x0b\x0e-\x1f\ufffd]/.test(sample) ? null : encoding;
}

/** The warning on text read as UTF-16 without a byte order mark. */
export function utf16Note(where: string, encoding: string): Message {
  return readNote('utf16-without-bom', `${where}: no byte order mark, but the bytes are ${encoding.toUpperCase()} text; read as such (save the file as UTF-8 to be sure)`, 'warning');
}

/** NUL bytes near the start mean a binary file (UTF-16 with a BOM or recognised without one is handled before this). */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/**
 * The charset declared in an HTML head (`<meta charset>` or http-equiv content-type), read from
 * the first few kB as Latin-1 so that any ASCII-compatible encoding can be recognised.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([\w.:+-]+)/i.exec(tag);
    if (m?.[1]) return m[1].toLowerCase();
  }
  return null;
}

/** Strict UTF-8 decoding, or null when the bytes are not valid UTF-8. */
export function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * windows-1252 by hand: Node 20's TextDecoder decodes it as Latin-1, turning 0x80-0x9F (euro
 * sign, curly quotes, dashes) into control characters (nodejs/node#56542).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]!));
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label, { ignoreBOM: true });
  } catch {
    return null;
  }
}

/**
 * Decodes one input. `html` enables charset declarations; `where` names the file in messages.
 * A BOM wins over a declaration, as in browsers.
 */
export function decodeBytes(bytes: Uint8Array, where: string, opts: { html?: boolean } = {}): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'empty', problem: 'the file is empty; remove it or add text' };
  const messages: Message[] = [];
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.length));
    return { ok: true, text, encoding: bom.encoding, messages };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    return { ok: true, text: new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes), encoding: utf16, messages: [utf16Note(where, utf16)] };
  }
  if (looksBinary(bytes)) {
    return {
      ok: false,
      code: 'binary',
      problem: 'looks binary (NUL bytes near the start); give text, HTML or JSON files, or UTF-16 with a byte order mark',
    };
  }
  const declared = opts.html ? declaredHtmlCharset(bytes) : null;
  if (declared) {
    const decoder = decoderFor(declared);
    // A page cannot really be UTF-16 without a BOM (the declaration itself was ASCII): use UTF-8.
    if (decoder && !decoder.encoding.startsWith('utf-16')) {
      if (decoder.encoding !== 'utf-8') return { ok: true, text: decodeWith(decoder, bytes), encoding: decoder.encoding, messages };
      const text = tryUtf8(bytes);
      if (text !== null) return { ok: true, text, encoding: 'utf-8', messages };
      messages.push(
        readNote(
          'invalid-utf8',
          `${where}: declared UTF-8 but contains invalid bytes; they were replaced with U+FFFD`,
          'warning',
        ),
      );
      return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', messages };
    }
    if (!decoder) {
      messages.push(readNote('unknown-charset', `${where}: unknown charset "${declared}" declared; guessed instead`, 'warning'));
    }
  }
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', messages };
  messages.push(
    readNote(
      'guessed-windows-1252',
      `${where}: not valid UTF-8 and no encoding declared; decoded as windows-1252 (save the file as UTF-8 to be sure)`,
      'warning',
    ),
  );
  return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252', messages };
}
