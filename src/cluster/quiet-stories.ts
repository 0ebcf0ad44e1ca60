import type { StoryId } from '../article.ts';
import type { DormancyLookup } from './member-table.ts';
import type { StoryState } from './story-state.ts';
import { outOfTime } from './time-bound.ts';
import { SumMap } from './sum-map.ts';

/**
 * What happens to a story once its articles have all left the window, in two steps.
 *
 * It is packed (`SumMap.pack`): a dormant story is read when an article may join it, and written again
 * only if one does, so its sums need not keep the free slots a table growing by additions needs.
 * Packing changes no answer: a packed sum reads as it did and unpacks on its next write.
 *
 * It is closed once no article has joined it for `storyLimit` arrivals (config), or once its newest
 * given publication date lies more than `eventDays` before the newest the stream has given (no article
 * published since can join it: time-bound.ts): the corpus lets go of it whole (`close`), and a later
 * report of its event starts a new story. Without this a stream
 * keeps every story it ever saw: at a hundred thousand articles the dormant stories' sums are the
 * largest part of what the corpus holds, and they grow with every article (DESIGN, "Closed stories").
 * Only the corpus that places the stream decides a closing and records it; a store reopened mid-stream
 * replays the record, so it closes the same stories at the same article as the run that placed them.
 *
 * A story is noted when one of its articles goes dormant, and looked at every `every` articles (tuning `quietEvery`),
 * so that a large story is not scanned at every one of its articles' turn.
 */
export class QuietStories {
  private readonly noted = new Set<StoryId>();
  /** Packed stories, with their version when last seen all dormant: those still so are closed in time. */
  private readonly resting = new Map<StoryId, number>();
  private since = 0;

  constructor(private readonly storyLimit: number, private readonly every: number, private readonly eventDays: number) {}

  note(story: StoryId): void {
    this.noted.add(story);
  }

  /**
   * Called once an article, `seq` the arrivals so far and `clock` the newest publication day given: every
   * `every` calls, packs the noted stories with no warm article left, and closes the packed ones no article
   * has joined for `storyLimit` arrivals or that are out of time.
   * Without `close` (a corpus restored from the store, which replays the closings recorded there) it
   * only packs.
   */
  tick(seq: number, clock: number | null, stories: ReadonlyMap<StoryId, StoryState>, members: DormancyLookup, close: ((s: StoryState) => void) | null): void {
    if (++this.since < this.every) return;
    this.since = 0;
    for (const id of this.noted) {
      const s = stories.get(id);
      if (!s || !allDormant(s, members)) continue;
      packStory(s);
      this.resting.set(id, s.version);
    }
    this.noted.clear();
    if (!close) return;
    for (const [id, version] of this.resting) {
      const s = stories.get(id);
      // Merged away, or joined since: an article that joined is noted again when it goes dormant.
      if (!s) this.resting.delete(id);
      else if (s.version !== version && !allDormant(s, members)) this.resting.delete(id);
      else if (seq - s.newest > this.storyLimit || (clock !== null && outOfTime({ first: clock, last: clock }, s.given, this.eventDays))) {
        this.resting.delete(id);
        close(s);
      } else if (s.version !== version) {
        // Changed at the level of sums (a dormant story merged into it): packed again.
        packStory(s);
        this.resting.set(id, s.version);
      }
    }
  }
}

// `isDormant`, not `get`: a dormant article's `get` makes a copy of its row, and a story's every member is asked.
function allDormant(s: StoryState, members: DormancyLookup): boolean {
  for (const id of s.members) if (members.isDormant(id) !== true) return false;
  return true;
}

function packStory(s: StoryState): void {
  s.anchors.pack();
  s.lead.pack();
  s.named.pack();
  for (const part of s.byLang.values()) {
    if (part.sum instanceof SumMap) part.sum.pack();
    if (part.anchors instanceof SumMap) part.anchors.pack();
  }
}
