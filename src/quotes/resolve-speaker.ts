/**
 * From a subject to a named person: a mention is itself; a pronoun (or a dropped one) goes to the nearest
 * preceding compatible person, preferring the speaker of a quote and the subject of a sentence; a role noun
 * goes to the nearest person written with that role. Mentions inside direct quotes are never antecedents.
 */

import type { EntityMention } from '../entities/entity.ts';
import type { Sentence } from './sentence-items.ts';
import { fold, roleMatches, type Profiles } from './speaker-profile.ts';
import type { Gender } from './speech-lexicon.ts';
import { mentionsOverlapping, type Subject } from './subject.ts';

/** How many sentences back a pronoun looks for its antecedent. */
export const PRONOUN_REACH = 6;

export interface ResolverInput {
  text: string;
  sentences: readonly Sentence[];
  /** Mentions sorted by start. */
  mentions: readonly EntityMention[];
  /** Direct quote content spans, sorted. */
  quoted: ReadonlyArray<{ start: number; end: number }>;
  profiles: Profiles;
}

const POSSESSIVE = /^['’]s?(?![\p{L}])/u;

export class SpeakerResolver {
  private readonly spoken: Array<{ sentence: number; mention: EntityMention }> = [];
  private readonly outside: EntityMention[];
  /** Entities seen speaking. */
  private readonly speakers = new Set<string>();

  /** Entities named somewhere with more than one word. */
  private readonly fullNames = new Set<string>();

  constructor(private readonly input: ResolverInput) {
    this.outside = input.mentions.filter((m) => !input.quoted.some((q) => m.start >= q.start && m.end <= q.end));
    for (const m of input.mentions) if (/\s/.test(m.text.trim())) this.fullNames.add(m.entity);
  }

  /** Remember who spoke in a sentence: a later pronoun prefers a speaker. */
  record(sentence: number, mention: EntityMention | null): void {
    if (!mention) return;
    this.spoken.push({ sentence, mention });
    this.speakers.add(mention.entity);
  }

  private person(m: EntityMention): boolean {
    return m.type === 'PER';
  }

  /** A person the text vouches for: named in full somewhere, given a title or role, or quoted. A lone capitalised
   *  word typed as a person ("Obamacare", "Sept") is not, and is an antecedent only when nobody else is at hand. */
  private vouched(m: EntityMention): boolean {
    return m.role !== null || this.fullNames.has(m.entity) || this.speakers.has(m.entity);
  }

  resolve(subject: Subject, sentence: number): EntityMention | null {
    switch (subject.kind) {
      case 'mention':
        return subject.mention;
      case 'pronoun':
      case 'implicit':
        if (subject.plural || subject.first) return null;
        if (subject.neuter) return this.antecedent(subject.start, sentence, subject.gender, (m) => m.type === 'ORG');
        // Persons the text vouches for first (a full name, a title or role, a quote of their own), then any.
        return this.antecedent(subject.start, sentence, subject.gender, (m) => this.person(m) && this.vouched(m))
          ?? this.antecedent(subject.start, sentence, subject.gender, (m) => this.person(m));
      case 'role':
        return this.roleHolder(subject.head, subject.start, subject.gender);
    }
  }

  private compatible(m: EntityMention, gender: Gender | null): boolean {
    const g = this.input.profiles.gender.get(m.entity) ?? null;
    return gender === null || g === null || g === gender;
  }

  private antecedent(at: number, sentence: number, gender: Gender | null, kind: (m: EntityMention) => boolean): EntityMention | null {
    const { sentences, text } = this.input;
    for (let s = sentence; s >= 0 && sentence - s <= PRONOUN_REACH; s--) {
      const sent = sentences[s]!;
      const limit = s === sentence ? at : sent.end;
      const cands = mentionsOverlapping(this.outside, sent.start, limit).filter((m) => m.start >= sent.start && m.end <= limit && kind(m) && this.compatible(m, gender));
      if (cands.length === 0) continue;
      const speaker = this.spoken.findLast((x) => x.sentence === s && kind(x.mention) && this.compatible(x.mention, gender));
      if (speaker) return speaker.mention;
      // The subject of the sentence: a person named there, not standing as a possessor, the first of them.
      const subjects = cands.filter((m) => !POSSESSIVE.test(text.slice(m.end, m.end + 3)));
      return subjects.find((m) => m.type === 'PER') ?? subjects[0] ?? cands[cands.length - 1]!;
    }
    return null;
  }

  private roleHolder(head: string, at: number, gender: Gender | null): EntityMention | null {
    // A name the entity extractor did not mark ("Mr. King said") is the surname of a person named before.
    for (let i = this.outside.length - 1; i >= 0; i--) {
      const m = this.outside[i]!;
      if (m.start < at && this.person(m) && fold(m.text.split(/\s+/).pop()!) === head) return m;
    }
    for (let i = this.outside.length - 1; i >= 0; i--) {
      const m = this.outside[i]!;
      if (m.start >= at || !this.person(m) || !this.compatible(m, gender)) continue;
      if ((this.input.profiles.roles.get(m) ?? []).some((w) => roleMatches(w, head))) return m;
    }
    return null;
  }
}
