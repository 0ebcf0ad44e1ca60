/**
 * The real development corpus the scaled ones are compared with: every NTREX dev document, every ECB+
 * dev document and every PolNeAR text, as written, labelled with the same gold clusters the scaled
 * corpora draw from (so that the two quality figures mean the same thing). The documents come in an
 * order shuffled from the seed: the files list each cluster's documents together, which no stream does.
 */
import { Random } from './random.ts';
import type { SourceCluster } from './source-clusters.ts';
import type { CorpusLine } from './write-corpus.ts';

export function* realCorpus(clusters: readonly SourceCluster[], seed: number): Generator<CorpusLine> {
  const all = clusters.flatMap((c) => c.docs.map((d) => ({ c, d })));
  const rng = new Random(seed);
  for (let i = all.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  for (const { c, d } of all) {
    {
      const article: { id: string; text: string; title?: string; url?: string; published?: string } = { id: d.id, text: d.paragraphs.join(c.kind === 'polnear' ? '\n\n' : '\n') };
      if (d.title !== null) article.title = d.title;
      if (d.url !== null) article.url = d.url;
      if (d.published !== null) article.published = d.published;
      yield { article, gold: { id: d.id, lang: d.lang, gold: { event: c.key, topic: c.topic, cluster: c.key } } };
    }
  }
}
