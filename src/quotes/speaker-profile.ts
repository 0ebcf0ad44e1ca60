/**
 * What the text says about each named person around its mentions: the role words written next to the name
 * ("Biden's spokesman John Kirby", "John Kirby, the spokesman,", "il portavoce Kirby") and the person's gender,
 * from courtesy titles, feminine role forms and the given name. Pronouns and role nouns are resolved against it.
 */

import { createRequire } from 'node:module';
import type { EntityId, EntityMention } from '../entities/entity.ts';
import type { Gender, SpeechLexicon } from './speech-lexicon.ts';

const require = createRequire(import.meta.url);
// gender-detection-from-name ships given-name lists (en, it, es, fr, de, tr) as Maps name -> gender.
const NAME_LISTS = ['en', 'it', 'es', 'fr', 'de', 'tr'];
let nameLists: Array<Map<string, string>> | null = null;

/** The gender all given-name lists agree on; a name the lists disagree on (Andrea, Emmanuel) stays open. */
function givenNameGender(given: string): Gender | null {
  nameLists ??= NAME_LISTS.map((l) => require(`gender-detection-from-name/names/${l}.js`) as Map<string, string>);
  const votes = new Set(nameLists.map((m) => m.get(given.toLowerCase())).filter((g) => g === 'male' || g === 'female'));
  if (votes.size !== 1) return null;
  return votes.has('male') ? 'm' : 'f';
}

export interface Profiles {
  /** Role words per mention, folded (lower case, no diacritics), hyphenated compounds also split. */
  roles: Map<EntityMention, string[]>;
  gender: Map<EntityId, Gender | null>;
}

export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** "of" in the languages with a lexicon: it joins the words of a role ("Segretario di Stato", "Secretary of State"). */
const OF = /^(of|des|der|von|vom|di|del|della|dello|dei|degli|delle|de|du|do|da|dos|das|van)$/;
const WORD = /[\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}]+)*/gu;
const ENGLISH_TITLE: Readonly<Record<string, Gender>> = { Mr: 'm', Mrs: 'f', Ms: 'f', Sir: 'm', Lord: 'm' };

/** Words of text[from, to) nearest `edge` first, up to `max`, stopping at a sentence or clause mark. */
function wordsNear(text: string, from: number, to: number, edge: 'left' | 'right', max: number): string[] {
  const stretch = text.slice(from, to);
  const cut = edge === 'left' ? stretch.split(/[.;:!?()\[\]"“”„«»\n]/u).pop()! : stretch.split(/[.;:!?()\[\]"“”„«»\n]/u)[0]!;
  const words = [...cut.matchAll(WORD)].map((m) => m[0]);
  return (edge === 'left' ? words.reverse() : words).slice(0, max);
}

function expand(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const f = fold(w).replace(/['’]s$/, '');
    out.push(f);
    if (/[-‐]/.test(f)) out.push(...f.split(/[-‐]/));
  }
  return out;
}

/** Role words written around a mention, not reaching past the names before and after it (`from`, `to`). */
function roleWords(text: string, m: EntityMention, lex: SpeechLexicon, from: number, to: number): string[] {
  const out: string[] = [];
  const before = text.slice(Math.max(0, from, m.start - 80), m.start);
  if (/,\s*$/.test(before)) {
    // An apposition before the name: "Der Kommunikationskoordinator des Sicherheitsrates, John Kirby".
    out.push(...wordsNear(before.replace(/,\s*$/, ''), 0, before.replace(/,\s*$/, '').length, 'left', 6));
  } else {
    // Role words stand right before the name, up to a preposition other than "of" ("Secretary of State John Kerry"):
    // "a narrator in the Clinton ad" gives Clinton no role.
    const near = wordsNear(before, 0, before.length, 'left', 4);
    const stop = near.findIndex((w) => lex.stops.has(w.toLowerCase()) && !OF.test(w.toLowerCase()));
    out.push(...(stop >= 0 ? near.slice(0, stop) : near).filter((w) => !lex.determiners.has(w.toLowerCase())));
  }
  const after = text.slice(m.end, Math.min(to, m.end + 80));
  if (/^\s*,/.test(after)) out.push(...wordsNear(after.replace(/^\s*,/, ''), 0, after.length, 'right', 6).slice(0, 6));
  if (m.role) out.push(...m.role.split(/\s+/));
  return expand(out).filter((w) => !lex.stops.has(w) && !lex.determiners.has(w));
}

function mentionGender(text: string, m: EntityMention, words: readonly string[], lex: SpeechLexicon): Gender | null {
  const title = m.role ? ENGLISH_TITLE[m.role] : undefined;
  if (title) return title;
  const prev = /([\p{L}]+)\.?\s*$/u.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1];
  const byTitle = prev ? lex.titles.get(fold(prev)) : undefined;
  if (byTitle) return byTitle;
  const near = words.slice(0, 3);
  if (near.some((w) => w.length > 5 && lex.feminineSuffixes.some((s) => w.endsWith(s)))) return 'f';
  const parts = m.text.split(/\s+/);
  return parts.length > 1 ? givenNameGender(parts[0]!) : null;
}

/** Profiles of the persons among `mentions` (sorted by start). */
export function buildProfiles(text: string, mentions: readonly EntityMention[], lex: SpeechLexicon): Profiles {
  const roles = new Map<EntityMention, string[]>();
  const votes = new Map<EntityId, { m: number; f: number }>();
  mentions.forEach((m, i) => {
    if (m.type !== 'PER') return;
    const words = roleWords(text, m, lex, mentions[i - 1]?.end ?? 0, mentions[i + 1]?.start ?? text.length);
    roles.set(m, words);
    const g = mentionGender(text, m, words, lex);
    if (!g) return;
    const v = votes.get(m.entity) ?? { m: 0, f: 0 };
    v[g] += 1;
    votes.set(m.entity, v);
  });
  const gender = new Map<EntityId, Gender | null>();
  for (const [id, v] of votes) gender.set(id, v.m > v.f ? 'm' : v.f > v.m ? 'f' : null);
  return { roles, gender };
}

/** Does a role word written next to a name match the head noun of a role phrase ("Verteidigungsminister" ~ "minister")? */
export function roleMatches(word: string, head: string): boolean {
  if (word === head) return true;
  if (head.length >= 4 && word.endsWith(head)) return true;
  const [a, b] = word.length < head.length ? [word, head] : [head, word];
  return a.length >= 5 && b.startsWith(a) && b.length - a.length <= 2;
}
