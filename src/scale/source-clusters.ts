/**
 * The real documents the scaled corpora are built from, grouped by their gold cluster: an ECB+ event,
 * an NTREX document (all its language versions), a PolNeAR text. Read from paths the caller gives
 * (../shared/data by default in the bench); nothing is copied into the repository.
 */
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';

export type SourceKind = 'ntrex' | 'ecbplus' | 'polnear';

export interface SourceDoc {
  id: string;
  /** ISO 639-3 as the data set gives it (NTREX: with script or variant). */
  lang: string;
  title: string | null;
  url: string | null;
  /** Body paragraphs, without the title. */
  paragraphs: string[];
  /** YYYY-MM-DD where the data set says when it was published (PolNeAR). */
  published: string | null;
}

export interface SourceCluster {
  /** The gold cluster: `ecbplus:EVENT`, `ntrex:DOCUMENT`, `polnear:FILE`. */
  key: string;
  /** The gold topic above it (ECB+ topics hold two events; the others are their own topic). */
  topic: string;
  kind: SourceKind;
  docs: SourceDoc[];
}

export interface SourcePaths {
  ntrex: string;
  ecbplus: string;
  /** Directories of PolNeAR .txt files (train/text, dev/text). */
  polnear: readonly string[];
}

export function defaultSourcePaths(data = '../shared/data'): SourcePaths {
  return {
    ntrex: join(data, 'ntrex', 'dev.jsonl'),
    ecbplus: join(data, 'ecbplus', 'dev.jsonl'),
    polnear: [join(data, 'quotes', 'polnear', 'train', 'text'), join(data, 'quotes', 'polnear', 'dev', 'text')],
  };
}

const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);

async function* jsonl(path: string): AsyncGenerator<Record<string, any>> {
  for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    if (line.trim()) yield JSON.parse(line) as Record<string, any>;
  }
}

function add(byKey: Map<string, SourceCluster>, key: string, topic: string, kind: SourceKind, doc: SourceDoc): void {
  const c = byKey.get(key) ?? { key, topic, kind, docs: [] };
  c.docs.push(doc);
  byKey.set(key, c);
}

/** A PolNeAR text: the first line is the headline, blank lines part the paragraphs; the date is in the file name. */
export function polnearDoc(file: string, text: string): SourceDoc {
  const stem = basename(file, '.txt');
  const blocks = text.split(/\n\s*\n/).map((b) => b.replace(/\s*\n\s*/g, ' ').trim()).filter((b) => b.length > 0);
  const date = /_(\d{4}-\d{2}-\d{2})_/.exec(stem)?.[1] ?? null;
  const [title, ...paragraphs] = blocks;
  return { id: `polnear:${stem}`, lang: 'eng', title: title ?? null, url: null, paragraphs, published: date };
}

/** Every document of the three sets, clustered by gold label, in a stable order (keys, then ids). */
export async function loadSourceClusters(paths: SourcePaths): Promise<SourceCluster[]> {
  const byKey = new Map<string, SourceCluster>();
  for await (const o of jsonl(paths.ntrex)) {
    const doc = String(o.gold.document);
    add(byKey, `ntrex:${doc}`, `ntrex:${doc}`, 'ntrex', { id: String(o.id), lang: String(o.lang), title: o.title ?? null, url: null, paragraphs: lines(String(o.text)), published: null });
  }
  for await (const o of jsonl(paths.ecbplus)) {
    add(byKey, `ecbplus:${o.gold.event}`, `ecbplus:${o.gold.topic}`, 'ecbplus', { id: String(o.id), lang: 'eng', title: null, url: o.url ?? null, paragraphs: lines(String(o.text)), published: null });
  }
  for (const dir of paths.polnear) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const d = polnearDoc(name, readFileSync(join(dir, name), 'utf8'));
      if (d.paragraphs.length > 0) add(byKey, d.id, d.id, 'polnear', d);
    }
  }
  const clusters = [...byKey.values()].filter((c) => c.docs.some((d) => d.paragraphs.length > 0));
  for (const c of clusters) c.docs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return clusters.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
