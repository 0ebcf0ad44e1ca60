/**
 * What `GET /api/stories/{id}`, `Parallax.story` and `parallax story ID --json` answer: the briefing
 * (src/briefing) plus the members with their placements and the evidence of each relation.
 *
 * A story can grow to tens of thousands of members; reading and comparing all of them would make one
 * request take seconds. Above BRIEFING_MEMBERS members the briefing is built from the founding members
 * and the newest (half each), and says so in `sample`; its counts, languages and dates still come from
 * the whole story.
 */
import { storyId, type StoryId } from '../article.ts';
import type { Briefing } from '../briefing/briefing.ts';
import { buildBriefing } from '../briefing/build-briefing.ts';
import { memberJson } from '../cli/stories-json.ts';
import type { ArticleDetail, Store, StorySummary } from '../store/store.ts';

export const BRIEFING_MEMBERS = 200;

export type StoryBriefing = Briefing & {
  members: Array<ReturnType<typeof memberJson>>;
  /** Present when the story has more members than were read: how many were, of how many. */
  sample?: { members: number; of: number };
};

/** The briefing of a story whose summary is known, from at most `maxMembers` of its members. */
export async function briefingOf(store: Store, story: StorySummary, maxMembers = BRIEFING_MEMBERS): Promise<StoryBriefing> {
  const sampled = story.articles > maxMembers;
  const rows = await store.storyMembers(story.id, sampled ? { first: Math.ceil(maxMembers / 2), last: Math.floor(maxMembers / 2) } : undefined);
  const members = (await Promise.all(rows.map((r) => store.article(r.id)))).filter((a): a is ArticleDetail => a !== null);
  const briefing = buildBriefing(story, members);
  if (!sampled) return { ...briefing, members: rows.map(memberJson) };
  return {
    ...briefing,
    articles: story.articles,
    independentReports: story.independent,
    languages: story.languages,
    earliest: story.earliest,
    latest: story.latest,
    members: rows.map(memberJson),
    sample: { members: rows.length, of: story.articles },
  };
}

export async function storyBriefing(store: Store, id: string, maxMembers = BRIEFING_MEMBERS): Promise<StoryBriefing | null> {
  const story = await store.story(storyId(id));
  return story && briefingOf(store, story, maxMembers);
}

/**
 * Briefings as JSON text, the most recently asked `size` kept. An entry is keyed by the story's
 * version: its summary (members, newest member, languages, dates, title, topic) and its last recorded
 * change, so that any write that changes the story's members makes a new entry.
 */
export class BriefingCache {
  private readonly entries = new Map<StoryId, { version: string; json: string }>();

  constructor(private readonly store: Store, private readonly size = 256, private readonly maxMembers = BRIEFING_MEMBERS) {}

  /** The briefing's JSON, or null when there is no such story. */
  async json(id: string): Promise<string | null> {
    const sid = storyId(id);
    const story = await this.store.story(sid);
    if (!story) return null;
    const history = await this.store.storyHistory(sid);
    const version = `${JSON.stringify(story)} ${history.at(-1)?.seq ?? 0}`;
    const hit = this.entries.get(sid);
    if (hit && hit.version === version) {
      this.entries.delete(sid);
      this.entries.set(sid, hit);
      return hit.json;
    }
    const json = JSON.stringify(await briefingOf(this.store, story, this.maxMembers));
    this.entries.delete(sid);
    this.entries.set(sid, { version, json });
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return json;
  }
}
