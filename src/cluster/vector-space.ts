import { featureKind, type FeatureKind, type KindWeights } from './article-vector.ts';
import { Dictionary, sparseFrom, sparseFromColumns, sparseNormalized, type Sparse } from './sparse.ts';

/** Document frequencies within a set of articles. */
export interface LocalCounts {
  get(id: number): number;
}

/** Kind codes per id; 0 is an id not registered yet, which weighs nothing. */
const KINDS: readonly FeatureKind[] = ['term', 'name', 'number', 'year', 'acronym', 'place', 'pivot'];
const TERM = 1;
const kindTable = (w: KindWeights): Float64Array => Float64Array.from([0, ...KINDS.map((k) => w[k])]);

/**
 * The stream's vector space: interned dimensions, their document frequencies so far, and the weight of
 * each dimension's kind. Vectors are weighted as `weightedVector` in article-vector.ts defines them.
 * Its arrays have a slot for every dimension the stream ever met (about 70 new ones an article on
 * NTREX), so each slot is kept small: a kind code of one byte, not two weights of eight.
 */
/** Lead words as dimensions of their own (`^` and the stem), apart from the same words of the body. */
function leadDimensions(words: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [w, n] of words) out.set(`^${w}`, n);
  return out;
}

export class VectorSpace {
  readonly dict = new Dictionary();
  private df = new Uint32Array(1024);
  private kind = new Uint8Array(1024);
  private readonly kindWeight: Float64Array;
  private readonly localKindWeight: Float64Array;
  /** Per id, whether it is an anchor (0 not yet known, 1 no, 2 yes), and the pivot id + 1 of a term (0 not yet made): both looked up for every dimension of every vector the pass weighs. */
  private anchor = new Uint8Array(1024);
  private pivot = new Int32Array(1024);
  /** Counts of a topic's dimensions while the pass weighs it (`countWithin`): zero outside that. */
  private within = new Uint32Array(1024);
  private withinIds: number[] = [];
  docs = 0;

  constructor(weights: KindWeights, localWeights: KindWeights = weights) {
    this.kindWeight = kindTable(weights);
    this.localKindWeight = kindTable(localWeights);
  }

  /** An article's dimensions as a sparse vector of counts over interned ids. */
  intern(dims: ReadonlyMap<string, number>): Sparse {
    const ids: number[] = [];
    const counts: number[] = [];
    for (const [k, tf] of dims) {
      if (tf <= 0) continue;
      const known = this.dict.size;
      const id = this.dict.id(k);
      if (id >= known) this.register(id, k);
      ids.push(id);
      counts.push(tf);
    }
    return sortedById(ids, counts);
  }

  /** A new key's kind weights: a key's kind never changes, so it is read once, when the key is first seen. */
  private register(id: number, key: string): void {
    if (id >= this.kind.length) this.grow(id);
    this.kind[id] = KINDS.indexOf(featureKind(key)) + 1;
  }

  private grow(id: number): void {
    const size = Math.max(id + 1, this.df.length * 2);
    this.df = widened(this.df, new Uint32Array(size));
    this.kind = widened(this.kind, new Uint8Array(size));
    this.anchor = widened(this.anchor, new Uint8Array(size));
    this.pivot = widened(this.pivot, new Int32Array(size));
    this.within = widened(this.within, new Uint32Array(size));
  }

  /** Counts one more document holding these dimensions. */
  count(tf: Sparse): void {
    this.docs++;
    for (const id of tf.ids) this.df[id]!++;
  }

  /**
   * An article's lead words (`leadDimensions`) as a vector for regrouping, counted as the lead's own
   * dimensions: a word's idf there is over leads, where "said" and "year" are everywhere and the
   * kind of news ("magnitude", "rehab") is rare, not over whole texts, where background drowns both.
   */
  leadOf(words: ReadonlyMap<string, number>): Sparse {
    const tf = this.intern(leadDimensions(words));
    for (const id of tf.ids) this.df[id]!++;
    return this.lead(tf);
  }

  documentFrequency(id: number): number {
    return this.df[id] ?? 0;
  }

  /** Sublinear tf × smoothed idf over the stream so far × kind weight, normalised. */
  global(tf: Sparse): Sparse {
    const n = this.docs;
    return this.weighted(tf, this.kindWeight, (id) => Math.log((n + 1) / (this.df[id]! + 1)) + 1);
  }

  /**
   * A lead's common words (features/lead-terms.ts) weighted for regrouping: sublinear tf × idf over the
   * stream so far, without `global`'s floor of 1, so that words every lead uses ("said", "year") weigh
   * next to nothing and two leads meet on what kind of news they report.
   */
  private lead(tf: Sparse): Sparse {
    const n = this.docs;
    return this.weighted(tf, this.kindWeight, (id) => Math.log((n + 1) / (this.df[id]! + 1)));
  }

  /**
   * The same with idf over a topic's articles (`localDf` over `n` of them) and the local kind weights;
   * dimensions seen once in it are left out. Words of a language are counted against the topic's
   * articles in that language (`sameLanguage` of them): in a topic written in many languages, a word
   * every English article has is no rarer for being absent from the German ones.
   */
  local(tf: Sparse, localDf: LocalCounts, n: number, sameLanguage = n): Sparse {
    return this.weighted(tf, this.localKindWeight, (id) => {
      const d = localDf.get(id);
      return d < 2 ? 0 : Math.log((this.kind[id] === TERM ? sameLanguage : n) / d);
    });
  }

  /**
   * In how many of these articles each dimension occurs, for `local`, until `release`. The pass weighs
   * up to `refineWindow` articles of a topic each time it grows a tenth; counted in a Map, that was a
   * hash lookup for every dimension of every article, twice. One count is open at a time.
   */
  countWithin(tfs: Iterable<Sparse>): LocalCounts & { release(): void } {
    if (this.withinIds.length > 0) throw new Error('cluster: countWithin called while another count is open; release it first');
    for (const tf of tfs) {
      for (const id of tf.ids) {
        if (id >= this.within.length) this.grow(id);
        if (this.within[id]!++ === 0) this.withinIds.push(id);
      }
    }
    // Read through `this`: weighing can make new pivot ids, and growing replaces the array.
    return {
      get: (id) => this.within[id] ?? 0,
      release: () => {
        for (const id of this.withinIds) this.within[id] = 0;
        this.withinIds.length = 0;
      },
    };
  }

  /**
   * True for the dimensions articles in different languages can share: anchors (names, numbers, years,
   * acronyms, places) and English pivot words.
   */
  isAnchor(id: number): boolean {
    if (id >= this.anchor.length) this.grow(id);
    let a = this.anchor[id]!;
    if (a === 0) {
      const c = this.dict.key(id).charCodeAt(0);
      this.anchor[id] = a = c === 64 || c === 126 ? 2 : 1;
    }
    return a === 2;
  }

  /** True for anchors (names, numbers, years, acronyms, places), not pivots: what reports name rather than say. */
  isName(id: number): boolean {
    return this.isAnchor(id) && this.dict.key(id).charCodeAt(0) === 64;
  }

  /** The name dimensions a vector holds, each counted once: how many of a story's articles name it (`StoryState.named`). */
  namesOf(v: Sparse): Sparse {
    const ids: number[] = [];
    for (const k of v.ids) if (this.isName(k)) ids.push(k);
    return { ids: Int32Array.from(ids), values: new Float64Array(ids.length).fill(1) };
  }

  /**
   * The anchor and pivot dimensions of a vector alone, renormalised: what articles in other languages
   * can share. An English article's words are pivots (`english`): they are read as `~word`.
   */
  anchorsOf(v: Sparse, english = false): Sparse {
    // Filled as columns: the pass weighs every article of a topic's window this way at each pass.
    const ids = new Int32Array(v.ids.length);
    const values = new Float64Array(v.ids.length);
    let n = 0;
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i]!;
      if (this.isAnchor(id)) ids[n] = id;
      else if (english && this.kind[id] === TERM) ids[n] = this.pivotOf(id);
      else continue;
      values[n++] = v.values[i]!;
    }
    return sparseNormalized(sparseFromColumns(ids, values, n));
  }

  /** The pivot dimension `~word` of an English term. */
  private pivotOf(term: number): number {
    const known = this.pivot[term]! - 1;
    if (known >= 0) return known;
    const key = `~${this.dict.key(term)}`;
    const size = this.dict.size;
    const id = this.dict.id(key);
    if (id >= size) this.register(id, key);
    this.pivot[term] = id + 1;
    return id;
  }

  private weighted(tf: Sparse, kindWeight: Float64Array, idfOf: (id: number) => number): Sparse {
    const n = tf.ids.length;
    const values = new Float64Array(n);
    const keep = new Uint8Array(n);
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const id = tf.ids[i]!;
      const w = kindWeight[this.kind[id]!]! * idfOf(id);
      // A count below 1/e gives a negative value, kept: only a dimension that weighs nothing is left out.
      if (w > 0 && (values[i] = (1 + Math.log(tf.values[i]!)) * w) !== 0) {
        keep[i] = 1;
        kept++;
      }
    }
    // Usually every dimension weighs something: the vector then shares the counts' ids (never written
    // to), which the corpus keeps for every article twice otherwise.
    if (kept === n) return sparseNormalized({ ids: tf.ids, values });
    const ids = new Int32Array(kept);
    const some = new Float64Array(kept);
    for (let i = 0, j = 0; i < n; i++) {
      if (keep[i]) {
        ids[j] = tf.ids[i]!;
        some[j++] = values[i]!;
      }
    }
    return sparseNormalized({ ids, values: some });
  }
}

/** `to` (a longer array of the same kind) holding `from` at its start. */
function widened<T extends { set(a: ArrayLike<number>): void }>(from: ArrayLike<number>, to: T): T {
  to.set(from);
  return to;
}

/**
 * Distinct ids with their values as a sparse vector. An article's ids arrive in the order of its
 * features, not of the ids: they are sorted as id × 2^16 + position in a Float64Array, whose native
 * numeric sort is several times faster than sorting [id, value] pairs with a comparator.
 */
function sortedById(ids: readonly number[], values: readonly number[]): Sparse {
  const n = ids.length;
  if (n >= 65536) return sparseFrom(ids.map((id, i) => [id, values[i]!] as [number, number]));
  const keyed = new Float64Array(n);
  for (let i = 0; i < n; i++) keyed[i] = ids[i]! * 65536 + i;
  keyed.sort();
  const out = { ids: new Int32Array(n), values: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const at = keyed[i]! % 65536;
    out.ids[i] = ids[at]!;
    out.values[i] = values[at]!;
  }
  return out;
}
