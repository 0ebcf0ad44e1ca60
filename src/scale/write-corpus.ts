import { createWriteStream, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';

export interface CorpusLine {
  article: { id: string; text: string };
  gold: { id: string; lang: string; gold: Record<string, string> };
}

export interface WrittenCorpus {
  articles: number;
  /** UTF-8 bytes of the articles' text alone. */
  textBytes: number;
  /** Articles per gold source (the part of the gold cluster key before the colon). */
  bySource: Record<string, number>;
}

/** Collects lines into chunks of about a megabyte and waits for the file when it is behind. */
class ChunkedWriter {
  private parts: string[] = [];
  private length = 0;
  constructor(private readonly out: WriteStream) {}
  async line(s: string): Promise<void> {
    this.parts.push(s, '\n');
    this.length += s.length + 1;
    if (this.length >= 1 << 20) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const ok = this.out.write(this.parts.join(''));
    this.parts = [];
    this.length = 0;
    if (!ok) await new Promise<void>((r) => this.out.once('drain', () => r()));
  }
  async end(): Promise<void> {
    await this.flush();
    this.out.end();
    await finished(this.out);
  }
}

/**
 * Writes a corpus as two JSONL files: the articles as the readers take them (no labels in them), and
 * their gold lines for `parallax eval GOLD CORPUS --key event`. Memory stays bounded by a chunk.
 */
export async function writeCorpus(items: Iterable<CorpusLine> | AsyncIterable<CorpusLine>, corpusPath: string, goldPath: string): Promise<WrittenCorpus> {
  const corpus = new ChunkedWriter(createWriteStream(corpusPath));
  const gold = new ChunkedWriter(createWriteStream(goldPath));
  const written: WrittenCorpus = { articles: 0, textBytes: 0, bySource: {} };
  for await (const item of items) {
    await corpus.line(JSON.stringify(item.article));
    await gold.line(JSON.stringify(item.gold));
    written.articles++;
    written.textBytes += Buffer.byteLength(item.article.text);
    const source = (item.gold.gold.cluster ?? item.gold.gold.event ?? '').split(':')[0]!;
    written.bySource[source] = (written.bySource[source] ?? 0) + 1;
  }
  await Promise.all([corpus.end(), gold.end()]);
  return written;
}
