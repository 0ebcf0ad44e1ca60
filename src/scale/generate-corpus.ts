/**
 * Scaled corpora with known story labels, built from a seed by recombining real paragraphs.
 *
 * A story is (gold cluster, epoch): its articles all come from one gold cluster and are published
 * within a few days of the story's start; the same cluster starts another story (the next epoch) only
 * `epochGapDays` after its last one ended, so that the only thing telling two stories of one cluster
 * apart is time (DESIGN.md, "Scaled corpora", says what that does and does not prove). Articles come
 * out in publication order, generated when they are due: memory holds the stories still running, not
 * the corpus.
 */
import { composeArticle } from './compose-article.ts';
import { DistinctIds } from './distinct-ids.ts';
import { Random } from './random.ts';
import type { SourceCluster, SourceDoc } from './source-clusters.ts';
import { StorySizes } from './story-sizes.ts';

export interface ScaleOptions {
  articles: number;
  seed: number;
  /** First day of the stream, YYYY-MM-DD. */
  start?: string;
  /** Days between the end of a cluster's story and the start of its next one. */
  epochGapDays?: number;
  /** Days over which a story's articles are published (most of them on the first). */
  storyDays?: number;
  /**
   * Real seconds a simulated day lasts (default 86,400). The plan is made in days as before and only the
   * published times are compressed: 86 puts the stream's 45 articles a day into 86 seconds, about 45,000
   * articles a real day, the density of a day of the world's news, which the day-bound rules (the window's
   * days, the recency of stories) must hold up against. The labels keep their meaning only at the default.
   */
  daySeconds?: number;
  /** Largest story; the exponent of the size distribution. */
  maxStory?: number;
  alpha?: number;
}

/** An article as the readers take it (JSONL), with no label in it. */
export interface ScaledArticle {
  id: string;
  title: string;
  text: string;
  published: string;
  source: string;
}

/** Its gold line in the format `parallax eval` reads; `cluster` is the gold cluster without the epoch. */
export interface ScaledGold {
  id: string;
  lang: string;
  gold: { event: string; topic: string; cluster: string };
}

export interface ScaledItem {
  article: ScaledArticle;
  gold: ScaledGold;
  /** The document the paragraphs came from (for checks; not written). */
  from: { cluster: string; doc: string };
}

interface Story {
  index: number;
  cluster: SourceCluster;
  epoch: number;
  docs: SourceDoc[];
}

interface Due {
  at: number;
  story: Story;
  k: number;
}

const DAY = 86_400;
const NTREX_PER_LANGUAGE = 3;
const ECB_PER_DOC = 4;
const POLNEAR_PER_TEXT = 5;

/** How many articles a cluster can give one story before they are mostly the same paragraphs again. */
export function capacity(c: SourceCluster): number {
  const docs = c.docs.filter((d) => d.paragraphs.length > 0).length;
  return c.kind === 'ntrex' ? NTREX_PER_LANGUAGE * docs : c.kind === 'ecbplus' ? ECB_PER_DOC * docs : POLNEAR_PER_TEXT * docs;
}

/** The documents one story draws from: for NTREX a few languages (English or not first), else all. */
function storyDocs(c: SourceCluster, size: number, rng: Random): SourceDoc[] {
  const docs = c.docs.filter((d) => d.paragraphs.length > 0);
  if (c.kind !== 'ntrex') return docs;
  const languages = Math.min(docs.length, Math.max(1, Math.ceil(size / NTREX_PER_LANGUAGE)), 1 + Math.floor(-Math.log(1 - rng.next()) * 4) + Math.floor(size / 8));
  const english = docs.filter((d) => d.lang.startsWith('eng'));
  const first = english.length > 0 && rng.chance(0.5) ? rng.pick(english) : rng.pick(docs);
  const rest = docs.filter((d) => d !== first);
  return [first, ...rng.subset(rest.length, languages - 1).map((i) => rest[i]!)];
}

class DueQueue {
  private readonly heap: Due[] = [];
  get size(): number {
    return this.heap.length;
  }
  peek(): Due | undefined {
    return this.heap[0];
  }
  private less(a: Due, b: Due): boolean {
    return a.at < b.at || (a.at === b.at && (a.story.index < b.story.index || (a.story.index === b.story.index && a.k < b.k)));
  }
  push(d: Due): void {
    const h = this.heap;
    h.push(d);
    for (let i = h.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): Due | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

export function* generateCorpus(clusters: readonly SourceCluster[], opts: ScaleOptions): Generator<ScaledItem> {
  const { articles, seed } = opts;
  if (!Number.isInteger(articles) || articles < 0) throw new RangeError(`scale: the number of articles must be a whole number >= 0, got ${articles}`);
  if (clusters.length === 0) throw new RangeError('scale: no source clusters; check the paths to ../shared/data');
  const gap = opts.epochGapDays ?? 60;
  const storyDays = opts.storyDays ?? 4;
  const daySeconds = opts.daySeconds ?? DAY;
  if (!(daySeconds > 0 && daySeconds <= DAY)) throw new RangeError(`scale: daySeconds must be more than 0 and at most ${DAY}, got ${daySeconds}`);
  const sizes = new StorySizes(opts.alpha ?? 2, opts.maxStory ?? 400);
  const start = Date.parse(`${opts.start ?? '2000-01-01'}T00:00:00Z`) / 1000;
  const caps = clusters.map(capacity);
  const availableFrom = new Float64Array(clusters.length);
  const epochs = new Uint32Array(clusters.length);
  // As many new stories a day as the clusters can give when each rests `gap` days between its stories.
  const perDay = Math.max(1, Math.ceil(clusters.length / (gap + storyDays)));
  const plan = new Random(seed);
  const due = new DueQueue();
  let planned = 0;
  let stories = 0;
  const ids = new DistinctIds();

  const choose = (day: number, size: number): number => {
    const free = (c: number) => availableFrom[c]! <= day;
    for (let t = 0; t < 8; t++) {
      const c = plan.int(clusters.length);
      if (free(c) && caps[c]! >= size) return c;
    }
    let best = -1;
    const from = plan.int(clusters.length);
    for (let i = 0; i < clusters.length; i++) {
      const c = (from + i) % clusters.length;
      if (!free(c)) continue;
      if (caps[c]! >= size) return c;
      if (best < 0 || caps[c]! > caps[best]!) best = c;
    }
    return best;
  };

  for (let day = 0; planned < articles || due.size > 0; day++) {
    for (let i = 0; i < perDay && planned < articles; i++) {
      let size = Math.min(sizes.draw(plan), articles - planned);
      const c = choose(day, size);
      if (c < 0) break;
      size = Math.min(size, caps[c]!);
      availableFrom[c] = day + storyDays + gap;
      const cluster = clusters[c]!;
      const story: Story = { index: stories, cluster, epoch: epochs[c]!++, docs: storyDocs(cluster, size, Random.derive(seed, 1, stories)) };
      stories++;
      const timing = Random.derive(seed, 2, story.index);
      // Most reports come on the first day, fewer on each following one.
      for (let k = 0; k < size; k++) due.push({ at: (day + storyDays * timing.next() ** 2) * DAY, story, k });
      planned += size;
    }
    while (due.size > 0 && due.peek()!.at < (day + 1) * DAY) {
      const { at, story, k } = due.pop()!;
      const rng = Random.derive(seed, 3, story.index, k);
      const a = composeArticle(story.cluster, story.docs, rng);
      const id = ids.issue(`a${rng.hex()}`);
      yield {
        article: {
          id,
          title: a.title,
          text: a.paragraphs.join('\n\n'),
          published: new Date((start + Math.floor((at * daySeconds) / DAY)) * 1000).toISOString().replace('.000Z', 'Z'),
          source: `outlet-${String(rng.int(200)).padStart(3, '0')}`,
        },
        gold: { id, lang: a.doc.lang, gold: { event: `${story.cluster.key}@${story.epoch}`, topic: story.cluster.topic, cluster: story.cluster.key } },
        from: { cluster: story.cluster.key, doc: a.doc.id },
      };
    }
  }
}
