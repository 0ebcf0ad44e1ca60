/**
 * One synthetic article of a story: real paragraphs of one document of the story's gold cluster,
 * a subset of them in their order (now and then two swapped), for ECB+ sometimes a paragraph from
 * another report of the same event, and a title from the document or from one of its paragraphs.
 */
import type { Random } from './random.ts';
import type { SourceCluster, SourceDoc } from './source-clusters.ts';

export interface ComposedArticle {
  doc: SourceDoc;
  title: string;
  paragraphs: string[];
}

/** The first sentence of a paragraph, cut at a word boundary near 140 characters. */
export function headline(paragraph: string): string {
  const first = /^.*?[.!?。！？](?=\s|$)/su.exec(paragraph)?.[0] ?? paragraph;
  if (first.length <= 140) return first;
  const cut = first.slice(0, 140);
  const space = cut.lastIndexOf(' ');
  return `${(space > 60 ? cut.slice(0, space) : cut).trim()}…`;
}

export function composeArticle(cluster: SourceCluster, docs: readonly SourceDoc[], rng: Random): ComposedArticle {
  const doc = rng.pick(docs);
  const n = doc.paragraphs.length;
  const keep = Math.max(Math.min(n, 2), Math.ceil(n * (0.5 + 0.5 * rng.next())));
  const paragraphs = rng.subset(n, keep).map((i) => doc.paragraphs[i]!);
  if (paragraphs.length > 2 && rng.chance(0.25)) {
    const i = 1 + rng.int(paragraphs.length - 2);
    [paragraphs[i], paragraphs[i + 1]] = [paragraphs[i + 1]!, paragraphs[i]!];
  }
  // Another report of the same event lends a paragraph, as rewrites do; same language only.
  const others = cluster.kind === 'ecbplus' ? cluster.docs.filter((d) => d !== doc && d.lang === doc.lang && d.paragraphs.length > 0) : [];
  if (others.length > 0 && rng.chance(0.3)) {
    const lent = rng.pick(others);
    paragraphs.splice(1 + rng.int(paragraphs.length), 0, rng.pick(lent.paragraphs));
  }
  const title = doc.title && rng.chance(0.6) ? doc.title : headline(rng.pick(paragraphs));
  return { doc, title, paragraphs };
}
