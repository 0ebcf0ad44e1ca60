/**
 * The stories of a bench store against the corpus's gold: B-cubed on the story labels exactly as
 * `parallax eval GOLD --key event` scores them, on the gold clusters without their epochs (how much of
 * the loss is stories of one cluster joined across time), and per source.
 */
import { evaluate } from '../src/eval/evaluate.ts';
import { readGold } from '../src/eval/gold.ts';
import { bcubed, type PrecisionRecall } from '../src/eval/metrics.ts';
import type { Store } from '../src/store/store.ts';

export interface StoryQuality {
  /** Story labels (gold cluster and epoch). */
  event: PrecisionRecall & { stories: number; goldStories: number };
  /** Gold clusters, epochs ignored. */
  cluster: PrecisionRecall;
  /** B-cubed on the story labels among the articles of one source (their stories cut to those articles). */
  bySource: Record<string, PrecisionRecall & { articles: number }>;
}

export async function storyQuality(store: Store, goldPath: string): Promise<StoryQuality> {
  const all = await readGold(goldPath);
  const story = new Map<string, string>();
  for await (const a of store.articles()) story.set(a.id, a.story);
  // A run stopped early (--stop-after) is scored on the articles it stored.
  const gold = { entries: new Map([...all.entries].filter(([id]) => story.has(id))) };
  const e = await evaluate(store, gold.entries, 'event');
  const label = (key: string, source?: string) => {
    const m = new Map<string, string>();
    for (const g of gold.entries.values()) {
      const l = g.labels[key];
      if (l !== undefined && story.has(g.id) && (source === undefined || l.startsWith(`${source}:`))) m.set(g.id, l);
    }
    return m;
  };
  const only = (labels: Map<string, string>) => new Map([...labels.keys()].map((id) => [id, story.get(id)!]));
  const clusters = label('cluster');
  const sources = [...new Set([...clusters.values()].map((l) => l.split(':')[0]!))].sort();
  const bySource: StoryQuality['bySource'] = {};
  for (const s of sources) {
    const g = label('event', s);
    bySource[s] = { ...bcubed(g, only(g)), articles: g.size };
  }
  return {
    event: { ...e.bcubed, stories: e.clusters.predicted, goldStories: e.clusters.gold },
    cluster: bcubed(clusters, only(clusters)),
    bySource,
  };
}
