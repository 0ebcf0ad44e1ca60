import type { ArticleId, Features } from '../article.ts';
import type { ResolvedConfig } from '../config.ts';
import { PostingIndex } from '../cluster/posting-index.ts';
import { wholeNames, withNameKeys } from '../features/name-key.ts';
import { sameKeys } from '../features/same-keys.ts';
import { isSampledShingle, nearDuplicateEvidence, nearDuplicateScore } from './near-duplicates.ts';
import type { Relation } from './relation.ts';
import { closest } from './closest.ts';
import { describeTranslation, promisingShape, translationScore, type TranslationScore, type TranslationSide } from './translations.ts';

/** What finding a relation reads of an article's features: not its terms or pivots, the largest parts. */
type RelationFeatures = Pick<Features, 'bodyHash' | 'shingles' | 'shape' | 'anchors' | 'anchorParagraphs' | 'sounds'>;

interface Indexed {
  id: ArticleId;
  lang: string;
  features: RelationFeatures;
}

interface Stored extends Indexed {
  /** The last translation lookup that considered it: candidates come from several lists, once each. */
  seen: number;
}

const SHAPE_CANDIDATES = 1000;
/** Candidates compared in full, the closest shapes first. */
const COMPARED = 48;
const ANCHOR_CANDIDATES = 400;
const RARE_ANCHOR = 200;

/**
 * The article as the index compares it: names by their cut keys (name-key.ts), so that "Kłodzku" in a
 * Polish report meets "Kłodzko" in its English original. What it stores, too: a store written before
 * holds whole names and is cut the same way when the index is rebuilt from it.
 */
function comparable(a: Indexed): Indexed {
  const anchors = withNameKeys(a.features.anchors, (x, y) => x + y);
  const anchorParagraphs = withNameKeys(a.features.anchorParagraphs, Math.min);
  return anchors === a.features.anchors && anchorParagraphs === a.features.anchorParagraphs ? a : { ...a, features: { ...a.features, anchors, anchorParagraphs } };
}

/**
 * A sampled shingle as its index key: its two low bits are zero, so shifting them out loses nothing,
 * and the key fits V8's small integers. A 32-bit hash as a key was a heap number of its own for half
 * of them (Node's V8 keeps 31 bits and a sign), held for as long as the stream runs.
 */
const shingleKey = (h: number): number => h >>> 2;

/**
 * Finds, for a new article, the earlier article it copies or translates: exact duplicates by body hash,
 * near-duplicates by shingle overlap, translations by paragraph shape and shared anchors.
 * Candidates come from inverted indexes, so the work per article does not grow with the store.
 */
export class RelationIndex {
  private readonly byHash = new Map<string, ArticleId>();
  private readonly byShingle = new PostingIndex<ArticleId>(64);
  // Translation candidates are posted as the entries themselves: a lookup reads up to 1,400 of them,
  // and finding each by id again was a hash lookup apiece. A re-added article updates its entry in place.
  private readonly byShape = new PostingIndex<Stored>(SHAPE_CANDIDATES);
  private readonly byAnchor = new PostingIndex<Stored>(RARE_ANCHOR);
  private readonly entries = new Map<ArticleId, Stored>();
  private lookups = 0;

  constructor(private readonly cfg: ResolvedConfig) {}

  add(whole: Indexed): void {
    this.index(comparable(whole));
  }

  /**
   * `find`, then `add`, from one cut form of the article. `names` are its whole names by their cut keys
   * (`wholeNames`), which the caller also shows in its explanations.
   */
  relate(whole: Indexed, names: ReadonlyMap<string, string>): Relation | null {
    const a = comparable(whole);
    const found = this.lookup(a, names);
    this.index(a);
    return found;
  }

  private index(a: Indexed): void {
    // Only what a later lookup reads is kept: every article stays here for as long as the stream runs.
    const { bodyHash, shingles, shape, anchorParagraphs, sounds } = a.features;
    // Matching reads an anchor map's keys only, never its counts: where the paragraphs map has the same
    // keys in the same order (as extraction builds them), it serves as both, one map fewer an article.
    const anchors = sameKeys(a.features.anchors, anchorParagraphs) ? anchorParagraphs : a.features.anchors;
    const features = { bodyHash, shingles, shape, anchors, anchorParagraphs, sounds };
    let entry = this.entries.get(a.id);
    if (entry) {
      // An article given again with other text: the keys only its old version had would otherwise go
      // on offering it as a candidate (and be held) for as long as the stream runs.
      this.unpost(entry);
      Object.assign(entry, { lang: a.lang, features });
    } else {
      this.entries.set(a.id, (entry = { id: a.id, lang: a.lang, features, seen: 0 }));
    }
    if (!this.byHash.has(a.features.bodyHash)) this.byHash.set(a.features.bodyHash, a.id);
    // The entry is in no list now, so posting it needs no scan. Shingles are posted by id, and an
    // evicted id may come back: they keep the scanning add.
    for (const h of a.features.shingles) if (isSampledShingle(h)) this.byShingle.add(shingleKey(h), a.id);
    if (a.features.shape.length > 0) this.byShape.append(a.features.shape.length, entry);
    for (const k of a.features.anchors.keys()) this.byAnchor.append(k, entry);
  }

  /** Takes an entry out of every candidate list it is posted in (its body hash stays: see `evict`). */
  private unpost(entry: Stored): void {
    const f = entry.features;
    for (const h of f.shingles) if (isSampledShingle(h)) this.byShingle.remove(shingleKey(h), entry.id);
    if (f.shape.length > 0) this.byShape.remove(f.shape.length, entry);
    for (const k of f.anchors.keys()) this.byAnchor.remove(k, entry);
  }

  /**
   * Lets go of an article (its story left the window): it is no longer compared, so only an exact copy
   * of it is still found (by its body hash, which stays).
   */
  evict(id: ArticleId): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.unpost(entry);
    this.entries.delete(id);
  }

  /** Articles held for comparison. */
  get size(): number {
    return this.entries.size;
  }

  find(whole: Indexed): Relation | null {
    return this.lookup(comparable(whole), wholeNames(whole.features.anchors));
  }

  private lookup(a: Indexed, names: ReadonlyMap<string, string>): Relation | null {
    const same = this.byHash.get(a.features.bodyHash);
    if (same !== undefined && same !== a.id && a.features.shingles.length > 0) {
      return { kind: 'duplicate', of: same, score: 1, evidence: { sameBody: true } };
    }
    return this.findNearDuplicate(a) ?? this.findTranslation(a, names);
  }

  private findNearDuplicate(a: Indexed): Relation | null {
    const sampled = Array.from(a.features.shingles).filter(isSampledShingle).map(shingleKey);
    let best: Relation | null = null;
    for (const [id] of this.byShingle.hits(sampled, Math.min(2, sampled.length))) {
      const other = this.entries.get(id);
      if (!other || id === a.id) continue;
      const evidence = nearDuplicateEvidence(a.features.shingles, other.features.shingles);
      const score = nearDuplicateScore(evidence);
      if (score >= this.cfg.nearDuplicateThreshold && (!best || score > best.score)) {
        best = { kind: 'near-duplicate', of: id, score, evidence };
      }
    }
    return best;
  }

  private findTranslation(a: Indexed, names: ReadonlyMap<string, string>): Relation | null {
    // Candidates: the same paragraph count, then sharing a rare anchor. The closest shapes first, and
    // only so many: the work per article stays flat however many articles share its paragraph count.
    // A translation keeps its original's shape.
    const stamp = ++this.lookups;
    const ranked: Array<{ other: Indexed; shape: number }> = [];
    const consider = (other: Stored) => {
      if (other.seen === stamp) return;
      other.seen = stamp;
      // Same-language versions are copies or rewrites: the shingles decide those, not the shape.
      if (other.id === a.id || (other.lang === a.lang && a.lang !== 'und')) return;
      const shape = promisingShape(other.features.shape, a.features.shape, this.cfg.translationThreshold);
      if (shape !== null) ranked.push({ other, shape });
    };
    for (const other of this.byShape.get(a.features.shape.length)) consider(other);
    let n = 0;
    for (const k of a.features.anchors.keys()) {
      const postings = this.byAnchor.get(k);
      if (postings.length >= RARE_ANCHOR) continue;
      for (const other of postings) if (n++ < ANCHOR_CANDIDATES) consider(other);
    }
    const side = { lang: a.lang, ...a.features, wholeNames: names };
    let best: { other: Indexed; side: TranslationSide; s: TranslationScore } | null = null;
    for (const { other } of closest(ranked, COMPARED)) {
      const otherSide = { lang: other.lang, ...other.features };
      const s = translationScore(otherSide, side);
      if (s.score >= this.cfg.translationThreshold && (!best || s.score > best.s.score)) best = { other, side: otherSide, s };
    }
    if (!best) return null;
    const evidence = describeTranslation(best.side, side, best.s);
    // Shown as the new article wrote them: every shared name is one of its own.
    evidence.sharedAnchors = evidence.sharedAnchors.map((k) => names.get(k) ?? k);
    return { kind: 'translation', of: best.other.id, score: best.s.score, evidence };
  }
}
