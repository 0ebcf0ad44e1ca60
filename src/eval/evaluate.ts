import type { Store } from '../store/store.ts';
import { sameLanguage } from '../language/language-codes.ts';
import type { GoldEntry } from './gold.ts';
import { adjustedRandIndex, bcubed, clusterCounts, pairwise, type PrecisionRecall } from './metrics.ts';
import { pairKey, pairSetScores, type PairSetScores } from './pair-metrics.ts';

export type GoldKey = 'event' | 'topic' | 'document';

export interface Evaluation {
  key: GoldKey;
  articles: number;
  scored: number;
  bcubed: PrecisionRecall;
  pairwise: PrecisionRecall;
  ari: number;
  clusters: { gold: number; predicted: number };
  /** Copy/translation pairs against articles sharing `gold.document`, where the gold gives it. */
  translationPairs: PairSetScores | null;
  /** Share of articles whose detected language matches the gold `lang`, where the gold gives it. */
  language: { accuracy: number; scored: number; confusions: Array<{ gold: string; predicted: string; count: number }> } | null;
}

function allPairs(groups: Iterable<string[]>): Set<string> {
  const pairs = new Set<string>();
  for (const g of groups) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) pairs.add(pairKey(g[i]!, g[j]!));
  return pairs;
}

function groupBy(items: Iterable<[string, string]>): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const [id, label] of items) {
    const list = m.get(label) ?? [];
    list.push(id);
    m.set(label, list);
  }
  return m;
}

/** Scores a store against gold labels: stories for `event`/`document`, topics for `topic`. */
export async function evaluate(store: Store, gold: ReadonlyMap<string, GoldEntry>, key: GoldKey): Promise<Evaluation> {
  const goldLabels = new Map<string, string>();
  for (const e of gold.values()) {
    const label = e.labels[key];
    if (label !== undefined) goldLabels.set(e.id, label);
  }
  const predicted = new Map<string, string>();
  // Copies and translations form groups through their relations (union-find over `relation.of`).
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  let articles = 0;
  let langScored = 0;
  let langRight = 0;
  const confusions = new Map<string, number>();
  for await (const a of store.articles()) {
    articles++;
    predicted.set(a.id, key === 'topic' ? a.topic : a.story);
    parent.set(a.id, a.id);
    if (a.relation) parent.set(find(a.id), find(a.relation.of));
    const g = gold.get(a.id);
    if (g?.lang) {
      langScored++;
      if (sameLanguage(g.lang, a.lang.code)) langRight++;
      else {
        const k = `${g.lang}\t${a.lang.code}`;
        confusions.set(k, (confusions.get(k) ?? 0) + 1);
      }
    }
  }
  let translationPairs: PairSetScores | null = null;
  const docs = [...gold.values()].filter((e) => e.labels.document !== undefined && predicted.has(e.id));
  if (docs.length > 0) {
    const goldPairs = allPairs(groupBy(docs.map((e) => [e.id, e.labels.document!])).values());
    const predPairs = allPairs(groupBy(docs.map((e) => [e.id, find(e.id)])).values());
    translationPairs = pairSetScores(goldPairs, predPairs);
  }
  return {
    key,
    articles,
    scored: goldLabels.size,
    bcubed: bcubed(goldLabels, predicted),
    pairwise: pairwise(goldLabels, predicted),
    ari: adjustedRandIndex(goldLabels, predicted),
    clusters: clusterCounts(goldLabels, predicted),
    translationPairs,
    language: langScored === 0 ? null : {
      accuracy: langRight / langScored,
      scored: langScored,
      confusions: [...confusions].map(([k, count]) => {
        const [g, p] = k.split('\t') as [string, string];
        return { gold: g, predicted: p, count };
      }).sort((a, b) => b.count - a.count).slice(0, 15),
    },
  };
}
