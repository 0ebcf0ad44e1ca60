import { test } from 'node:test';
import { checkCase, type GoldenCase } from './golden.ts';

const KISHIDA = ['Kishida', 'PER', 'per:fumio+kishida'] as const;
const KIRBY = ['John Kirby', 'PER', 'per:john+kirby'] as const;
const KIRBY_SHORT = ['Kirby', 'PER', 'per:john+kirby'] as const;
const BIDEN = ['Biden', 'PER', 'per:biden+joe'] as const;

const cases: GoldenCase[] = [
  {
    name: 'seed: „…“, sagte Kishida',
    text: '„Japan sieht sich dem herausforderndsten und komplexesten Sicherheitsumfeld gegenüber“, sagte Kishida.',
    names: [KISHIDA],
    quotes: [{ content: 'Japan sieht sich dem herausforderndsten und komplexesten Sicherheitsumfeld gegenüber', direct: true, speaker: 'per:fumio+kishida', speakerText: 'Kishida' }],
  },
  {
    name: 'a coordinated verb takes the subject of the first clause, not the nearest name',
    text: 'Kishida dankte Biden für die Unterstützung und sagte: „Japan und die Vereinigten Staaten stehen vor großen Aufgaben.“',
    names: [KISHIDA, BIDEN],
    quotes: [{ content: 'Japan und die Vereinigten Staaten stehen vor großen Aufgaben.', direct: true, speaker: 'per:fumio+kishida' }],
  },
  {
    name: 'reported speech with dass, the name after an apposition',
    text: 'Der Kommunikationskoordinator des Nationalen Sicherheitsrates, John Kirby, sagte, dass Japan in jeder Hinsicht mit den Vereinigten Staaten zusammenarbeite.',
    names: [KIRBY],
    quotes: [{ content: 'Japan in jeder Hinsicht mit den Vereinigten Staaten zusammenarbeite', direct: false, speaker: 'per:john+kirby' }],
  },
  {
    name: 'Konjunktiv: reported speech without dass, continued in the next sentence without a verb of saying',
    text: 'Kirby sagte, die neuen Abkommen würden für Frieden in der Region sorgen. Japan sei ein verlässlicher Partner der USA.',
    names: [KIRBY_SHORT],
    quotes: [
      { content: 'die neuen Abkommen würden für Frieden in der Region sorgen', direct: false, speaker: 'per:john+kirby' },
      { content: 'Japan sei ein verlässlicher Partner der USA', direct: false, speaker: 'per:john+kirby' },
    ],
  },
  {
    name: 'pronoun "er" to the subject of the sentence before',
    text: 'Bundeskanzler Olaf Scholz traf am Montag den französischen Präsidenten. „Wir stehen fest zusammen“, sagte er.',
    names: [['Olaf Scholz', 'PER', 'per:olaf+scholz', 'chancellor']],
    quotes: [{ content: 'Wir stehen fest zusammen', direct: true, speaker: 'per:olaf+scholz', speakerText: 'Olaf Scholz' }],
  },
  {
    name: 'role noun to the nearest person written with that role',
    text: 'Regierungssprecher Steffen Hebestreit äußerte sich am Mittag. »Die Gespräche waren konstruktiv«, sagte der Sprecher.',
    names: [['Steffen Hebestreit', 'PER', 'per:hebestreit+steffen', 'spokesperson']],
    quotes: [{ content: 'Die Gespräche waren konstruktiv', direct: true, speaker: 'per:hebestreit+steffen' }],
  },
  {
    name: 'verb second after a fronted adverbial: the role after the verb is the subject',
    text: 'US-Präsident Joe Biden empfing Kishida im Weißen Haus. Bei dem Treffen bekräftigte der Präsident, die USA stünden voll hinter der Allianz.',
    names: [['Joe Biden', 'PER', 'per:biden+joe', 'president'], KISHIDA],
    quotes: [{ content: 'die USA stünden voll hinter der Allianz', direct: false, speaker: 'per:biden+joe', speakerText: 'Joe Biden' }],
  },
  {
    name: 'laut X',
    text: 'Laut Kirby arbeitet Japan eng mit den Vereinigten Staaten zusammen.',
    names: [KIRBY_SHORT],
    quotes: [{ content: 'arbeitet Japan eng mit den Vereinigten Staaten zusammen', direct: false, speaker: 'per:john+kirby' }],
  },
  {
    name: 'an unknown speaker is null; a quoted word inside reported speech is part of it',
    text: 'Die Beziehungen seien „eisern“, hieß es. „Das ist ein historischer Tag für beide Länder“, sagte ein hochrangiger Beamter.',
    names: [],
    quotes: [
      { content: 'Die Beziehungen seien „eisern“', direct: false, speaker: null },
      { content: 'Das ist ein historischer Tag für beide Länder', direct: true, speaker: null },
    ],
  },
];

for (const c of cases) test(`quotes de: ${c.name}`, () => checkCase('de', c));
