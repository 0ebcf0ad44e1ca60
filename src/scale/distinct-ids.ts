/**
 * Makes the scaled corpus's article ids distinct. Each article draws its id from a generator of its own
 * (`Random.derive`), whose 32-bit state gives at most 2^32 ids: among a million articles some hundreds
 * come up again, and `ingest` rightly rejects each repeat as a repeated id (220 articles of the
 * million-article corpus of seed 1 were lost so). An id drawn again gets the lowest free suffix
 * (`-2`, `-3`, …). Ids never drawn twice stay as they were, so the corpora that had no collision (every
 * one up to 100,000 articles of seed 1) keep their bytes and their measured figures.
 */
export class DistinctIds {
  private readonly issued = new Set<string>();

  /** `drawn` itself when it is new, else `drawn-N` for the lowest N ≥ 2 not issued yet. */
  issue(drawn: string): string {
    let id = drawn;
    for (let n = 2; this.issued.has(id); n++) id = `${drawn}-${n}`;
    this.issued.add(id);
    return id;
  }

  get size(): number {
    return this.issued.size;
  }
}
