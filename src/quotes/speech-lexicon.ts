/**
 * What reported speech looks like in one language: reporting verbs, the subject pronouns they take, the word
 * that opens a reported clause, "according to" phrases, and the small function words that bound a noun phrase.
 * The word lists are general grammar of each language, written by hand; nothing here comes from a data set.
 */

import { GERMANIC } from './lexicon-germanic.ts';
import { ROMANCE } from './lexicon-romance.ts';
import { SLAVIC } from './lexicon-slavic.ts';

export type Gender = 'm' | 'f';

export interface SpeechLexicon {
  /** Finite forms and participles of reporting verbs, lower case. */
  verbs: ReadonlySet<string>;
  /** Verb forms that mark a plural subject (German "sagten"), for pronouns that are ambiguous in number. */
  pluralVerbs: ReadonlySet<string>;
  /** Verb forms that mark the subject's gender (Polish "powiedziała"). */
  verbGender: ReadonlyMap<string, Gender>;
  /** Participles and gerunds used as cues ("..., saying", "dicendo"): their subject is the clause's subject. */
  gerunds: ReadonlySet<string>;
  /** Auxiliaries that may stand before a participle cue ("ha detto", "a déclaré", "has said"). */
  auxiliaries: ReadonlySet<string>;
  /** Particles that belong to a cue when they follow it ("fügte hinzu", "pointed out"). */
  particles: ReadonlySet<string>;
  /** Third-person singular subject pronouns by gender; plural and first-person ones (never resolved to a person);
   *  neuter ones, which stand for an organisation ("it said"). */
  pronouns: { m: ReadonlySet<string>; f: ReadonlySet<string>; plural: ReadonlySet<string>; first: ReadonlySet<string>; neuter: ReadonlySet<string> };
  /** "that", "dass", "che", ...: opens a reported clause. */
  complementizers: ReadonlySet<string>;
  /** Phrases standing before a source ("according to", "laut", "secondo"), as word sequences. */
  accordingBefore: readonly (readonly string[])[];
  /** Words standing after a source ("Kishida zufolge") or between a comma and a source (", so Kishida"; ", aldus Rutte"). */
  accordingAfter: ReadonlySet<string>;
  accordingLead: ReadonlySet<string>;
  /** Articles, demonstratives and possessives: they open a noun phrase. */
  determiners: ReadonlySet<string>;
  /** Feminine determiners ("la", "die" is ambiguous and left out), for the gender of a role noun. */
  feminineDeterminers: ReadonlySet<string>;
  /** Prepositions, conjunctions and adverbs that end a subject noun phrase. */
  stops: ReadonlySet<string>;
  /** Relative pronouns: a clause opening with one is not the subject. */
  relatives: ReadonlySet<string>;
  /** Coordinating conjunctions: a cue after one shares the subject of the first clause. */
  conjunctions: ReadonlySet<string>;
  /** Courtesy titles by gender (Mr, Frau, signora). */
  titles: ReadonlyMap<string, Gender>;
  /** Feminine role suffixes ("-in" of "Sprecherin", "-woman"). */
  feminineSuffixes: readonly string[];
  /** Subjunctive forms that mark reported speech on their own (German Konjunktiv I). */
  reportive: ReadonlySet<string>;
  /** Whether the role noun's head comes first in its phrase ("il portavoce della Casa Bianca") or last. */
  headFirst: boolean;
  /** Whether a subject pronoun may be dropped ("ha detto" alone). */
  proDrop: boolean;
  /** Whether the subject may follow the verb in a main clause ("Dazu sagte Kirby:"; English keeps it before). */
  inversion: boolean;
}

export interface LexiconSource {
  verbs: string;
  pluralVerbs?: string;
  verbGender?: Readonly<Record<string, Gender>>;
  gerunds?: string;
  auxiliaries: string;
  particles?: string;
  pronouns: { m: string; f: string; plural: string; first: string; neuter?: string };
  complementizers: string;
  accordingBefore: string;
  accordingAfter?: string;
  accordingLead?: string;
  determiners: string;
  feminineDeterminers?: string;
  stops: string;
  relatives: string;
  conjunctions: string;
  titles: { m: string; f: string };
  feminineSuffixes?: string;
  reportive?: string;
  headFirst: boolean;
  proDrop: boolean;
  inversion: boolean;
}

const words = (s: string | undefined): Set<string> => new Set((s ?? '').split(/\s+/).filter(Boolean));

function build(src: LexiconSource): SpeechLexicon {
  const titles = new Map<string, Gender>();
  for (const t of words(src.titles.m)) titles.set(t, 'm');
  for (const t of words(src.titles.f)) titles.set(t, 'f');
  return {
    verbs: new Set([...words(src.verbs), ...words(src.gerunds)]),
    gerunds: words(src.gerunds),
    pluralVerbs: words(src.pluralVerbs),
    verbGender: new Map(Object.entries(src.verbGender ?? {})),
    auxiliaries: words(src.auxiliaries),
    particles: words(src.particles),
    pronouns: { m: words(src.pronouns.m), f: words(src.pronouns.f), plural: words(src.pronouns.plural), first: words(src.pronouns.first), neuter: words(src.pronouns.neuter) },
    complementizers: words(src.complementizers),
    accordingBefore: src.accordingBefore.split(',').map((p) => p.trim().split(/\s+/)).filter((p) => p[0] !== ''),
    accordingAfter: words(src.accordingAfter),
    accordingLead: words(src.accordingLead),
    determiners: words(src.determiners),
    feminineDeterminers: words(src.feminineDeterminers),
    stops: words(src.stops),
    relatives: words(src.relatives),
    conjunctions: words(src.conjunctions),
    titles,
    feminineSuffixes: [...words(src.feminineSuffixes)],
    reportive: words(src.reportive),
    headFirst: src.headFirst,
    proDrop: src.proDrop,
    inversion: src.inversion,
  };
}

function union(all: readonly SpeechLexicon[]): SpeechLexicon {
  const u = <T>(pick: (l: SpeechLexicon) => ReadonlySet<T>) => new Set(all.flatMap((l) => [...pick(l)]));
  return {
    verbs: u((l) => l.verbs),
    gerunds: u((l) => l.gerunds),
    pluralVerbs: u((l) => l.pluralVerbs),
    verbGender: new Map(all.flatMap((l) => [...l.verbGender])),
    auxiliaries: u((l) => l.auxiliaries),
    particles: u((l) => l.particles),
    pronouns: {
      m: u((l) => l.pronouns.m), f: u((l) => l.pronouns.f), plural: u((l) => l.pronouns.plural),
      first: u((l) => l.pronouns.first), neuter: u((l) => l.pronouns.neuter),
    },
    complementizers: u((l) => l.complementizers),
    accordingBefore: all.flatMap((l) => l.accordingBefore),
    accordingAfter: u((l) => l.accordingAfter),
    accordingLead: u((l) => l.accordingLead),
    determiners: u((l) => l.determiners),
    feminineDeterminers: new Set<string>(),
    stops: u((l) => l.stops),
    relatives: u((l) => l.relatives),
    conjunctions: u((l) => l.conjunctions),
    titles: new Map(all.flatMap((l) => [...l.titles])),
    feminineSuffixes: [],
    reportive: new Set<string>(),
    headFirst: false,
    proDrop: true,
    inversion: true,
  };
}

const SOURCES: Readonly<Record<string, LexiconSource>> = { ...GERMANIC, ...ROMANCE, ...SLAVIC };
const BUILT = new Map<string, SpeechLexicon>(Object.entries(SOURCES).map(([k, v]) => [k, build(v)]));
let fallback: SpeechLexicon | null = null;

/** The lexicon of a language (BCP 47 primary subtag); for any other language, all of them together. */
export function speechLexicon(lang: string): SpeechLexicon {
  const own = BUILT.get(lang.toLowerCase().split('-')[0]!);
  if (own) return own;
  fallback ??= union([...BUILT.values()]);
  return fallback;
}

/** Languages with a lexicon of their own. */
export const lexiconLanguages: readonly string[] = Object.keys(SOURCES);
