import type { ArticleId, StoryId } from '../article.ts';
import type { DormantMember, MemberState, WarmMember } from './member-state.ts';

/** What reading the corpus's articles needs: a `Map` of member states serves too. */
export interface MemberLookup {
  get(id: ArticleId): MemberState | undefined;
  has(id: ArticleId): boolean;
}

/** Whether an article is dormant (undefined: not held), asked of many articles at once without making any. */
export interface DormancyLookup {
  isDormant(id: ArticleId): boolean | undefined;
}

const INITIAL = 1024;

/**
 * Every article the corpus holds: warm ones as their objects, dormant ones as a row of columns.
 *
 * A dormant article is kept for as long as its story is open, so at a million scaled articles nine in
 * ten of those held are dormant, and as an object in a map each cost about 200 bytes (the object, its
 * entry, and the map's room after deletions: `npm run bench:corpus-memory`). A row here is a map entry
 * from the id to a slot, and the slot's cells: seq and day as numbers, the language as a small index,
 * the story and the original as references to strings held anyway.
 *
 * `get` of a dormant article makes its `DormantMember` anew: a copy, so changing it changes nothing
 * (`setStory` does). Reads over many dormant articles use `seqOf`, `dayOf` and `isDormant`, which make
 * nothing.
 */
export class MemberTable implements MemberLookup, DormancyLookup {
  private readonly warmById = new Map<ArticleId, WarmMember>();
  private readonly slots = new Map<ArticleId, number>();
  private seqs = new Float64Array(INITIAL);
  /** NaN for an article without a day. */
  private days = new Float64Array(INITIAL);
  private langs = new Uint16Array(INITIAL);
  /** 1 where the day is the given publication date. */
  private given = new Uint8Array(INITIAL);
  private readonly stories: StoryId[] = [];
  private readonly ofs: Array<ArticleId | null> = [];
  private readonly langNames: string[] = [];
  private readonly langIndex = new Map<string, number>();
  private readonly free: number[] = [];

  get size(): number {
    return this.warmById.size + this.slots.size;
  }

  /** Dormant articles held. */
  get dormant(): number {
    return this.slots.size;
  }

  has(id: ArticleId): boolean {
    return this.warmById.has(id) || this.slots.has(id);
  }

  get(id: ArticleId): MemberState | undefined {
    const w = this.warmById.get(id);
    if (w !== undefined) return w;
    const i = this.slots.get(id);
    if (i === undefined) return undefined;
    const day = this.days[i]!;
    const m: DormantMember = { dormant: true, id, lang: this.langNames[this.langs[i]!]!, seq: this.seqs[i]!, day: Number.isNaN(day) ? null : day, dayGiven: this.given[i] === 1, of: this.ofs[i]!, story: this.stories[i]! };
    return m;
  }

  /** The article held whole, or undefined when it is dormant or not held; makes nothing. */
  warm(id: ArticleId): WarmMember | undefined {
    return this.warmById.get(id);
  }

  /** Whether `id` is dormant; undefined when it is not held. */
  isDormant(id: ArticleId): boolean | undefined {
    if (this.warmById.has(id)) return false;
    return this.slots.has(id) ? true : undefined;
  }

  seqOf(id: ArticleId): number {
    const w = this.warmById.get(id);
    return w !== undefined ? w.seq : this.seqs[this.slot(id)]!;
  }

  dayOf(id: ArticleId): number | null {
    const w = this.warmById.get(id);
    if (w !== undefined) return w.day;
    const day = this.days[this.slot(id)]!;
    return Number.isNaN(day) ? null : day;
  }

  /** The article's day when it is the publication date given by the source, else null. */
  givenDayOf(id: ArticleId): number | null {
    const w = this.warmById.get(id);
    if (w !== undefined) return w.dayGiven ? w.day : null;
    const i = this.slot(id);
    const day = this.days[i]!;
    return this.given[i] === 1 && !Number.isNaN(day) ? day : null;
  }

  storyOf(id: ArticleId): StoryId | undefined {
    const w = this.warmById.get(id);
    if (w !== undefined) return w.story;
    const i = this.slots.get(id);
    return i === undefined ? undefined : this.stories[i];
  }

  /** Every id held: the warm ones, then the dormant ones. */
  *keys(): IterableIterator<ArticleId> {
    yield* this.warmById.keys();
    yield* this.slots.keys();
  }

  /** Every article held, as `get` gives it. */
  *values(): IterableIterator<MemberState> {
    yield* this.warmById.values();
    for (const id of this.slots.keys()) yield this.get(id)!;
  }

  /** Lets go of every article held. */
  clear(): void {
    this.warmById.clear();
    this.slots.clear();
    this.seqs = new Float64Array(INITIAL);
    this.days = new Float64Array(INITIAL);
    this.langs = new Uint16Array(INITIAL);
    this.given = new Uint8Array(INITIAL);
    this.stories.length = 0;
    this.ofs.length = 0;
    this.free.length = 0;
  }

  /** Holds a warm article (one held before under the id is replaced). */
  setWarm(m: WarmMember): void {
    this.deleteDormant(m.id);
    this.warmById.set(m.id, m);
  }

  /** A warm article goes dormant: its vectors are let go, what `DormantMember` keeps stays. */
  makeDormant(id: ArticleId): void {
    const m = this.warmById.get(id);
    if (m === undefined) throw new Error(`cluster: article ${id} is not warm and cannot go dormant (a bug in the corpus)`);
    this.warmById.delete(id);
    const i = this.free.pop() ?? this.stories.length;
    if (i >= this.seqs.length) this.grow();
    this.seqs[i] = m.seq;
    this.days[i] = m.day ?? NaN;
    this.langs[i] = this.langNumber(m.lang);
    this.given[i] = m.dayGiven ? 1 : 0;
    this.stories[i] = m.story;
    this.ofs[i] = m.of;
    this.slots.set(id, i);
  }

  /** Moves an article to another story, warm or dormant. */
  setStory(id: ArticleId, story: StoryId): void {
    const w = this.warmById.get(id);
    if (w !== undefined) w.story = story;
    else this.stories[this.slot(id)] = story;
  }

  delete(id: ArticleId): boolean {
    return this.warmById.delete(id) || this.deleteDormant(id);
  }

  private deleteDormant(id: ArticleId): boolean {
    const i = this.slots.get(id);
    if (i === undefined) return false;
    this.slots.delete(id);
    // The strings are let go with the row; the slot is taken by the next article to go dormant.
    this.stories[i] = '' as StoryId;
    this.ofs[i] = null;
    this.free.push(i);
    return true;
  }

  private slot(id: ArticleId): number {
    const i = this.slots.get(id);
    if (i === undefined) throw new Error(`cluster: article ${id} is not held (a bug in the corpus)`);
    return i;
  }

  private langNumber(lang: string): number {
    let n = this.langIndex.get(lang);
    if (n === undefined) {
      n = this.langNames.length;
      if (n > 0xffff) throw new Error('cluster: more than 65,536 language codes among the held articles (a bug upstream: codes are a closed set)');
      this.langNames.push(lang);
      this.langIndex.set(lang, n);
    }
    return n;
  }

  private grow(): void {
    const size = this.seqs.length * 2;
    const seqs = new Float64Array(size);
    seqs.set(this.seqs);
    this.seqs = seqs;
    const days = new Float64Array(size);
    days.set(this.days);
    this.days = days;
    const langs = new Uint16Array(size);
    langs.set(this.langs);
    this.langs = langs;
    const given = new Uint8Array(size);
    given.set(this.given);
    this.given = given;
  }
}
