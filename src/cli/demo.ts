import { rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from '../config.ts';
import { analyze } from './analyze.ts';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'corpus');

/** `parallax demo`: the bundled sample corpus into a fresh database, then the stories. */
export async function demo(cfg: ResolvedConfig, out: NodeJS.WritableStream, err: NodeJS.WriteStream): Promise<number> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${cfg.db}${suffix}`, { force: true });
  err.write(`parallax: analysing the sample corpus (${relative(process.cwd(), corpus) || corpus}) into a fresh ${cfg.db}\n`);
  return analyze([corpus], cfg, { json: false, quiet: false }, out, err);
}
