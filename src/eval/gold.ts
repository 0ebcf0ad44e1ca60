import { createReadStream, createWriteStream } from 'node:fs';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { detectScript, type Script } from '../language/detect-script.ts';

export interface GoldEntry {
  id: string;
  lang: string | null;
  labels: Record<string, string>;
}

export interface GoldFile {
  entries: Map<string, GoldEntry>;
  /** Lines skipped by the language filter. */
  filtered: number;
}

/**
 * Reads a gold file (JSONL, `{id, lang?, gold: {event?, topic?, document?}}` a line). When `input` is
 * given, the articles of the file are also written there without their `gold` and `lang` fields,
 * so that ingestion cannot see the answers. `langs` keeps only lines whose `lang` starts with one of them;
 * `script` only lines whose title and text are mostly written in that script.
 */
export async function readGold(path: string, opts: { input?: string; langs?: readonly string[]; script?: Script } = {}): Promise<GoldFile> {
  const entries = new Map<string, GoldEntry>();
  const out = opts.input ? createWriteStream(opts.input) : null;
  let filtered = 0;
  let lineNo = 0;
  const stem = basename(path, extname(path));
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
    } catch (e) {
      throw new Error(`eval: ${path}:${lineNo}: invalid JSON (${(e as Error).message}); fix the gold file`);
    }
    const id = o.id === undefined ? `${stem}#${lineNo}` : String(o.id);
    const lang = typeof o.lang === 'string' ? o.lang : null;
    if (opts.langs && !(lang && opts.langs.some((l) => lang === l || lang.startsWith(`${l}-`)))) {
      filtered++;
      continue;
    }
    // The script is read from the text itself, never from labels.
    if (opts.script && detectScript(`${typeof o.title === 'string' ? o.title : ''}\n${typeof o.text === 'string' ? o.text : ''}`).main !== opts.script) {
      filtered++;
      continue;
    }
    const gold = (o.gold ?? {}) as Record<string, unknown>;
    const labels: Record<string, string> = {};
    for (const [k, v] of Object.entries(gold)) if (typeof v === 'string' || typeof v === 'number') labels[k] = String(v);
    entries.set(id, { id, lang, labels });
    if (out) {
      const { gold: _gold, lang: _lang, ...article } = o;
      if (!out.write(`${JSON.stringify({ ...article, id })}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
  }
  if (out) {
    out.end();
    await finished(out);
  }
  return { entries, filtered };
}
