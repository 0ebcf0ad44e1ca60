/**
 * Turns the paths of one call into the ordered list of inputs to read, with each file's id base
 * decided over the whole list first, so that ids do not depend on how far reading got.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Origin } from '../article.ts';
import { httpUrl } from '../fetch/fetch-url.ts';
import { readError, type ReadError } from './read-result.ts';

export type InputFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed';

export type PlannedInput =
  | { kind: 'file'; path: string; file: string; format: InputFormat; stem: string }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' }
  | ({ kind: 'error' } & ReadError);

const FORMATS: Record<string, InputFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html',
  '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

/** "scheme://…" or a scheme that never names a local file; one-letter schemes are Windows drives. */
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]+:\/\/|(?:file|data|javascript|mailto|ftp):)/i;
export const READABLE_EXTENSIONS = Object.keys(FORMATS);

export function formatOf(file: string): InputFormat | null {
  return FORMATS[path.extname(file).toLowerCase()] ?? null;
}

/** Sorts by Unicode code point, not UTF-16 unit, so the order does not depend on the JS engine's view of astral names. */
export function compareCodePoints(a: string, b: string): number {
  const ca = [...a];
  const cb = [...b];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const d = ca[i]!.codePointAt(0)! - cb[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}

interface Found {
  path: string;
  format: InputFormat;
  /** Path relative to the directory argument, or the argument itself for a named file. */
  rel: string;
}

const withoutExt = (p: string): string => p.slice(0, p.length - path.extname(p).length).split(path.sep).join('/');

function problem(origin: Origin, code: string, text: string): PlannedInput {
  return { kind: 'error', ...readError(origin, code, text) };
}

function fsProblem(file: string, e: unknown): PlannedInput {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return problem({ file }, 'not-found', 'no such file or directory (or a broken link); check the path');
  if (code === 'EACCES' || code === 'EPERM') return problem({ file }, 'unreadable', 'permission denied; make it readable');
  return problem({ file }, 'unreadable', `cannot be read (${(e as Error).message}); check the path`);
}

export async function planInputs(paths: readonly string[]): Promise<PlannedInput[]> {
  const seenDirs = new Set<string>(); // real paths: a symlink loop reaches a seen directory and stops
  const seenFiles = new Set<string>(); // real paths: a file reached twice is read once
  const items: Array<PlannedInput | Found> = [];

  const addFile = async (p: string, format: InputFormat, rel: string): Promise<void> => {
    const real = await fs.realpath(p);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    items.push({ path: p, format, rel });
  };

  const walk = async (dir: string, root: string): Promise<void> => {
    const real = await fs.realpath(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let names: string[];
    try {
      names = (await fs.readdir(dir)).sort(compareCodePoints);
    } catch (e) {
      items.push(fsProblem(dir, e));
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const full = path.join(dir, name);
      let stat;
      try {
        stat = await fs.stat(full);
      } catch (e) {
        // Node hands back names that are not valid UTF-8 with U+FFFD in place of the bytes, and no such name exists.
        if (name.includes('\ufffd') && (e as NodeJS.ErrnoException).code === 'ENOENT') {
          items.push(problem({ file: full }, 'bad-file-name', 'the file name is not valid UTF-8 (shown with \ufffd), so it cannot be opened by name; rename it (convmv -f latin1 -t utf8 converts names)'));
        } else if (formatOf(name)) items.push(fsProblem(full, e));
        continue;
      }
      if (stat.isDirectory()) await walk(full, root);
      else if (stat.isFile()) {
        const format = formatOf(name);
        if (format) await addFile(full, format, path.relative(root, full));
      }
    }
  };

  for (const given of paths) {
    if (given === '-') {
      items.push({ kind: 'stdin' });
      continue;
    }
    if (URL_LIKE.test(given)) {
      const url = httpUrl(given);
      items.push(url instanceof URL ? { kind: 'url', url: given } : problem({ file: given }, url.code, url.problem));
      continue;
    }
    try {
      const stat = await fs.stat(given);
      if (stat.isDirectory()) await walk(given, given);
      else {
        const format = formatOf(given);
        if (!format) {
          const ext = path.extname(given) || 'no extension';
          items.push(problem({ file: given }, 'unknown-format', `cannot read files with ${ext === 'no extension' ? ext : `extension "${ext}"`}; give ${READABLE_EXTENSIONS.join(', ')} files, a directory or an http(s) URL`));
        } else if (!stat.isFile()) {
          items.push(problem({ file: given }, 'not-a-file', 'is not a regular file; give a file, a directory, or - for standard input'));
        } else await addFile(given, format, path.normalize(given));
      }
    } catch (e) {
      items.push(fsProblem(given, e));
    }
  }
  return assignStems(items);
}

/**
 * File name without extension; on a clash, the path relative to its argument; then that path with its
 * extension ("a.txt" beside "a.md"); then the full path with its extension, which two files never share.
 */
function assignStems(items: Array<PlannedInput | Found>): PlannedInput[] {
  const found = items.filter((x): x is Found => !('kind' in x));
  const count = (keys: string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const base = found.map((f) => withoutExt(path.basename(f.path)));
  const rel = found.map((f) => withoutExt(f.rel));
  const relExt = found.map((f) => f.rel.split(path.sep).join('/'));
  const full = found.map((f) => path.normalize(f.path).split(path.sep).join('/'));
  const baseCount = count(base);
  const relCount = count(rel);
  const relExtCount = count(relExt);
  const stems = new Map<Found, string>();
  found.forEach((f, i) => {
    const stem = baseCount.get(base[i]!) === 1 ? base[i]!
      : relCount.get(rel[i]!) === 1 ? rel[i]!
      : relExtCount.get(relExt[i]!) === 1 ? relExt[i]!
      : full[i]!;
    stems.set(f, stem);
  });
  return items.map((x) =>
    'kind' in x ? x : { kind: 'file', path: x.path, file: x.path, format: x.format, stem: stems.get(x)! },
  );
}
