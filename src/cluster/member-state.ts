import type { ArticleId, StoryId } from '../article.ts';
import type { Sparse } from './sparse.ts';
import type { StoryMember } from './story-state.ts';

/** What the corpus keeps of every article, dormant or not. */
export interface MemberBase {
  id: ArticleId;
  lang: string;
  seq: number;
  day: number | null;
  /**
   * Whether `day` is the publication date the source gave, not one inferred from the text: only given
   * dates bound a story in time (DESIGN, "Stories bounded in time").
   */
  dayGiven: boolean;
  /** The article it copies or translates, if any. */
  of: ArticleId | null;
  story: StoryId;
}

/** An article of a story still in the window: everything placing, relating and the merge/split pass read. */
export interface WarmMember extends MemberBase, StoryMember {
  dormant: false;
  /** Dimension counts. */
  tf: Sparse;
  /** Dimensions it is found by: its strongest, and its strongest anchors. */
  keys: number[];
  /** Its lead's common words, weighted as `vector` (features/lead-terms.ts): what kind of news it reports, which regrouping reads. */
  lead: Sparse;
}

/**
 * An article of a story that left the window (`settle`): its vectors are let go (its story's sums keep
 * what it added), and the relation index no longer holds it, so only an exact copy of it is found.
 */
export interface DormantMember extends MemberBase {
  dormant: true;
}

export type MemberState = WarmMember | DormantMember;
