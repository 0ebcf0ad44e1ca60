/**
 * `--enqueue`: raw articles onto the PostgreSQL work queue, for `parallax worker` processes to
 * analyse and place. Idempotent: the same article with the same content is queued once, however
 * often it is enqueued.
 */
import { contentHash } from '../content-hash.ts';
import type { Rejection } from '../ingest.ts';
import type { ReadResult } from '../read/read-inputs.ts';
import type { PostgresStore } from '../store/postgres/postgres-store.ts';
import { pgText } from '../store/postgres/postgres-write.ts';
import { encodeRaw } from './queued-article.ts';

export interface EnqueueReport {
  queued: number;
  /** Already on the queue with the same content (waiting or done). */
  alreadyQueued: number;
  rejected: Rejection[];
}

const CHUNK = 500;

/** One transaction per chunk of rows, one multi-row INSERT each. */
export async function enqueueArticles(store: PostgresStore, inputs: AsyncIterable<ReadResult>): Promise<EnqueueReport> {
  const report: EnqueueReport = { queued: 0, alreadyQueued: 0, rejected: [] };
  const seen = new Set<string>();
  let ids: string[] = [];
  let hashes: string[] = [];
  let raws: string[] = [];
  const flush = async () => {
    if (ids.length === 0) return;
    const rows = await store.query(
      `INSERT INTO queue (article_id, content_hash, raw_json)
       SELECT a, h, r FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS x(a, h, r, n)
       ORDER BY n
       ON CONFLICT (article_id, content_hash) DO NOTHING RETURNING qseq`,
      [ids, hashes, raws],
    );
    report.queued += rows.length;
    report.alreadyQueued += ids.length - rows.length;
    ids = [];
    hashes = [];
    raws = [];
  };
  for await (const r of inputs) {
    if (!r.ok) {
      report.rejected.push({ origin: r.origin, code: r.code, message: r.message });
      continue;
    }
    const raw = r.article;
    if (seen.has(raw.id)) {
      report.rejected.push({ origin: raw.origin, code: 'duplicate-id', message: `the id "${raw.id}" was already read in this run; give each article its own id` });
      continue;
    }
    seen.add(raw.id);
    ids.push(pgText(raw.id));
    hashes.push(contentHash(raw));
    raws.push(encodeRaw(raw));
    if (ids.length >= CHUNK) await flush();
  }
  await flush();
  return report;
}
