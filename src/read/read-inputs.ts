/**
 * The readers' entry point: files, directories, http(s) URLs and standard input to raw articles,
 * one result at a time, in a stable order (paths as given; directories walked in code-point order
 * of names; feed items in feed order).
 */
import { createReadStream, promises as fs } from 'node:fs';
import type { FetchOptions } from '../fetch/fetch-url.ts';
import { pageFetcher, readUrl } from '../fetch/read-url.ts';
import { decodeBytes } from './decode.ts';
import { readFeed, sniffFeed } from './feed.ts';
import { decodeDeclared, xmlDeclaredEncoding } from './feed-decode.ts';
import { readHtml } from './html.ts';
import { readJson } from './json.ts';
import { readJsonl } from './jsonl.ts';
import { planInputs, type PlannedInput } from './plan-inputs.ts';
import { formatBytes, readError, type ReadResult } from './read-result.ts';
import { readText } from './text.ts';

export type { ReadResult } from './read-result.ts';

export interface ReadOptions {
  /** Where `-` reads JSON Lines from; defaults to process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** Largest file read, in bytes (for JSONL: largest line; for a URL: its body, decompressed). Default 50 MB. */
  maxBytes?: number;
  /** Fetch the pages of feed-file items that carry only a short text (URL inputs always may). */
  fetchPages?: boolean;
  /** Let URLs reach loopback, private and link-local addresses: all (true), or only these host names. */
  allowPrivate?: FetchOptions['allowPrivate'];
  /** Deadline for each fetch, in milliseconds. Default 20 s. */
  timeoutMs?: number;
}

export const DEFAULT_MAX_BYTES = 50_000_000;

type FileInput = Extract<PlannedInput, { kind: 'file' }>;
type FeedFetch = ReturnType<typeof pageFetcher> | null;

async function* readFile(input: FileInput, maxBytes: number, fetchPage: FeedFetch): AsyncGenerator<ReadResult> {
  const origin = { file: input.file };
  if (input.format === 'jsonl') {
    yield* readJsonl(createReadStream(input.path), { file: input.file, stem: input.stem, maxBytes });
    return;
  }
  let bytes: Buffer | null;
  try {
    const { size } = await fs.stat(input.path);
    if (size > maxBytes) {
      yield readError(origin, 'too-large', `is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)} (maxBytes); split the file or raise maxBytes`);
      return;
    }
    bytes = await fs.readFile(input.path);
  } catch (e) {
    yield readError(origin, 'unreadable', `could not be read (${e instanceof Error ? e.message : String(e)}); check that it exists and is readable`);
    return;
  }
  const decoded =
    input.format === 'feed'
      ? decodeDeclared(bytes, input.file, xmlDeclaredEncoding(bytes))
      : decodeBytes(bytes, input.file, { html: input.format === 'html' });
  bytes = null; // not held while the results are consumed
  if (!decoded.ok) {
    yield readError(origin, decoded.code, decoded.problem);
    return;
  }
  const opts = { id: input.stem, origin, messages: decoded.messages };
  switch (input.format) {
    case 'text':
    case 'markdown':
      yield readText(decoded.text, { ...opts, markdown: input.format === 'markdown' });
      return;
    case 'html':
      yield readHtml(decoded.text, opts);
      return;
    case 'feed':
      break; // read below, with JSON Feeds
    case 'json':
      if (sniffFeed(decoded.text) === 'json') break;
      yield* readJson(decoded.text, { file: input.file, stem: input.stem, messages: decoded.messages });
      return;
  }
  yield* readFeed(decoded.text, { file: input.file, stem: input.stem, baseUrl: null, messages: decoded.messages, fetchPage });
}

/**
 * Reads every input. Never throws for bad input: each problem is an `{ ok: false }` result naming
 * the file (and line or index) and what to do.
 */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string')) {
    throw new TypeError('read: readInputs expects an array of path strings (use "-" for standard input)');
  }
  yield* readPlanned(await planInputs(paths), opts);
}

/**
 * Reads inputs already planned by `planInputs`, for a caller that reads only some of a plan (the
 * watcher, which must give a file the same id as a full read of its directory would).
 */
export async function* readPlanned(inputs: readonly PlannedInput[], opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes > 0)) throw new RangeError(`read: maxBytes must be a positive number of bytes, got ${maxBytes}`);
  const fetchOpts: FetchOptions = { maxBytes, allowPrivate: opts.allowPrivate, timeoutMs: opts.timeoutMs };
  const feedFetch = opts.fetchPages ? pageFetcher(fetchOpts) : null;
  for (const input of inputs) {
    if (input.kind === 'url') {
      yield* readUrl(input.url, fetchOpts);
    } else if (input.kind === 'error') {
      const { kind: _kind, ...error } = input;
      yield error;
    } else if (input.kind === 'stdin') {
      const stream = (opts.stdin ?? process.stdin) as AsyncIterable<Uint8Array | string>;
      yield* readJsonl(stream, { file: '-', stem: 'stdin', maxBytes });
    } else {
      yield* readFile(input, maxBytes, feedFetch);
    }
  }
}
