/**
 * An inverted index from keys to the most recent ids that carry them, each id once, in the order of
 * its latest add. Postings are capped so that a key everyone shares ("said", "2024") costs a bounded
 * amount, and lookups stay flat as the stream grows.
 *
 * Most keys are carried by one id only (a sampled shingle of one article, a rare name): such a key keeps
 * the id itself, not a list of one, which halves what the index costs an article (the corpus keeps every
 * article's keys for as long as the stream runs). Ids are strings or objects, never arrays, so a list is
 * never mistaken for one; an object id is the same id only as the same object.
 */
export class PostingIndex<Id extends string | object> {
  private readonly postings = new Map<string | number, Id | Id[]>();

  constructor(private readonly cap: number) {}

  add(key: string | number, id: Id): void {
    const found = this.postings.get(key);
    if (found === undefined) {
      this.postings.set(key, id);
      return;
    }
    if (!Array.isArray(found)) {
      if (found !== id) this.postings.set(key, [found, id]);
      return;
    }
    const last = found.length - 1;
    if (found[last] === id) return;
    // An id already posted moves to the end, so each id is posted once, at its latest add. Appended
    // again instead, two stories taking turns at a key filled its list with repeats: at 200,000 scaled
    // articles four fifths of the story index's postings, which crowded other stories out of the
    // newest `cap` and counted one shared key as several hits.
    const i = found.lastIndexOf(id, last - 1);
    if (i >= 0) {
      found.copyWithin(i, i + 1);
      found[last] = id;
      return;
    }
    this.push(found, id);
  }

  /**
   * `add` for an id no list holds (a new object): nothing is scanned for it, where `add` scans the key's
   * whole list before it appends (an id already there would be posted twice). The relation index posts
   * each new article's entry under about thirty anchor keys whose lists hold about 170 entries: as
   * misses, those scans were a tenth of reopening a store.
   */
  append(key: string | number, id: Id): void {
    const found = this.postings.get(key);
    if (found === undefined) this.postings.set(key, id);
    else if (!Array.isArray(found)) {
      if (found !== id) this.postings.set(key, [found, id]);
    } else if (found[found.length - 1] !== id) this.push(found, id);
  }

  private push(found: Id[], id: Id): void {
    found.push(id);
    if (found.length > this.cap * 2) found.splice(0, found.length - this.cap);
  }

  /** Takes `id` off `key`'s postings (an article that left the window); a list left with one id keeps it alone. */
  remove(key: string | number, id: Id): void {
    const found = this.postings.get(key);
    if (found === undefined) return;
    if (!Array.isArray(found)) {
      if (found === id) this.postings.delete(key);
      return;
    }
    // Each id is posted once a key, so the search may run from either end; from the front, because ids
    // leave about in the order they came (the window lets the oldest go first).
    const i = found.indexOf(id);
    if (i < 0) return;
    found.splice(i, 1);
    if (found.length === 1) this.postings.set(key, found[0]!);
    else if (found.length === 0) this.postings.delete(key);
  }

  /** Keeps only the ids `keep` accepts, on every key: a sweep after many ids at once are gone (closed stories). */
  retain(keep: (id: Id) => boolean): void {
    for (const [key, found] of this.postings) {
      if (!Array.isArray(found)) {
        if (!keep(found)) this.postings.delete(key);
        continue;
      }
      const left = found.filter(keep);
      if (left.length === found.length) continue;
      if (left.length === 0) this.postings.delete(key);
      else this.postings.set(key, left.length === 1 ? left[0]! : left);
    }
  }

  get(key: string | number): readonly Id[] {
    const found = this.postings.get(key);
    if (found === undefined) return [];
    if (!Array.isArray(found)) return [found];
    return found.length > this.cap ? found.slice(found.length - this.cap) : found;
  }

  /** Ids sharing at least `min` keys with the query, with their hit counts, in first-seen order. */
  hits(keys: Iterable<string | number>, min = 1): Map<Id, number> {
    const counts = new Map<Id, number>();
    const count = (id: Id) => counts.set(id, (counts.get(id) ?? 0) + 1);
    // A lone id is counted as it is: no list of one made for every key of every lookup.
    for (const k of keys) {
      const found = this.postings.get(k);
      if (found === undefined) continue;
      if (!Array.isArray(found)) count(found);
      else for (let i = Math.max(0, found.length - this.cap); i < found.length; i++) count(found[i]!);
    }
    if (min > 1) for (const [id, n] of counts) if (n < min) counts.delete(id);
    return counts;
  }
}
