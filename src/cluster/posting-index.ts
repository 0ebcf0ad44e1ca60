/**
 * An inverted index from keys to the most recent ids that carry them. Postings are capped so that a
 * key everyone shares ("said", "2024") costs a bounded amount, and lookups stay flat as the stream grows.
 */
export class PostingIndex<Id> {
  private readonly postings = new Map<string | number, Id[]>();

  constructor(private readonly cap: number) {}

  add(key: string | number, id: Id): void {
    let list = this.postings.get(key);
    if (!list) this.postings.set(key, (list = []));
    if (list[list.length - 1] === id) return;
    list.push(id);
    if (list.length > this.cap * 2) list.splice(0, list.length - this.cap);
  }

  get(key: string | number): readonly Id[] {
    const list = this.postings.get(key);
    if (!list) return [];
    return list.length > this.cap ? list.slice(list.length - this.cap) : list;
  }

  /** Ids sharing at least `min` keys with the query, with their hit counts, in first-seen order. */
  hits(keys: Iterable<string | number>, min = 1): Map<Id, number> {
    const counts = new Map<Id, number>();
    for (const k of keys) for (const id of this.get(k)) counts.set(id, (counts.get(id) ?? 0) + 1);
    if (min > 1) for (const [id, n] of counts) if (n < min) counts.delete(id);
    return counts;
  }
}
