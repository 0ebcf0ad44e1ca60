/** Reported speech in Polish (see speech-lexicon.ts for the fields). The past tense carries the speaker's gender. */

import type { Gender, LexiconSource } from './speech-lexicon.ts';

const PAST_STEMS =
  'powiedzia stwierdzi doda podkreśli oświadczy zaznaczy napisa przekonywa oceni wyjaśni zapowiedzia poinformowa ' +
  'przyzna zapewni odpowiedzia zauważy przypomnia tłumaczy skomentowa argumentowa zadeklarowa mówi apelowa wskaza ' +
  'uzna relacjonowa podkreśla zaznacza dodawa ostrzega mówi opowiada zapyta';

const PRESENT =
  'mówi mówią twierdzi twierdzą uważa uważają dodaje podkreśla zaznacza pisze przekonuje ocenia wyjaśnia zapewnia ' +
  'przyznaje wskazuje stwierdza tłumaczy ostrzega apeluje ostrzegł ostrzegła ostrzegli';

const stems = PAST_STEMS.split(/\s+/);
const verbGender: Record<string, Gender> = { ostrzegł: 'm', ostrzegła: 'f' };
for (const s of stems) {
  verbGender[`${s}ł`] = 'm';
  verbGender[`${s}ła`] = 'f';
}

export const SLAVIC: Readonly<Record<string, LexiconSource>> = {
  pl: {
    verbs: [...stems.flatMap((s) => [`${s}ł`, `${s}ła`, `${s}li`, `${s}ły`]), PRESENT].join(' '),
    pluralVerbs: stems.flatMap((s) => [`${s}li`, `${s}ły`]).join(' ') + ' mówią twierdzą uważają',
    verbGender,
    gerunds: 'mówiąc dodając podkreślając twierdząc zaznaczając wyjaśniając',
    auxiliaries: '',
    pronouns: { m: 'on', f: 'ona', plural: 'oni one', first: 'ja my' },
    complementizers: 'że iż',
    accordingBefore: 'według, zdaniem, jak podaje, jak twierdzi',
    determiners: 'ten ta to tego tej jego jej ich',
    stops: 'podczas po przed w we na z ze do dla od o przy oraz i a ale lub wczoraj dziś dzisiaj także też również',
    relatives: 'który która które którzy co',
    conjunctions: 'i oraz a ale',
    titles: { m: 'pan pana', f: 'pani' },
    feminineSuffixes: 'czka ka',
    headFirst: true,
    proDrop: true,
    inversion: true,
  },
};
