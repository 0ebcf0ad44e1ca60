import { test } from 'node:test';
import { checkCase, type GoldenCase } from './golden.ts';

const RUTTE = ['Mark Rutte', 'PER', 'per:mark+rutte'] as const;
const RUTTE_SHORT = ['Rutte', 'PER', 'per:mark+rutte'] as const;

const cases: GoldenCase[] = [
  {
    name: '„…”, zei X; zei dat',
    text: '„We zijn er klaar voor”, zei Mark Rutte in Den Haag. Rutte zei dat Nederland het akkoord volledig steunt.',
    names: [RUTTE, RUTTE_SHORT],
    quotes: [
      { content: 'We zijn er klaar voor', direct: true, speaker: 'per:mark+rutte' },
      { content: 'Nederland het akkoord volledig steunt', direct: false, speaker: 'per:mark+rutte' },
    ],
  },
  {
    name: 'volgens X; "hij" to the person before',
    text: 'Volgens Rutte is het akkoord evenwichtig. Hij sprak later met journalisten. \'Dit is een goede dag voor Europa\', zei hij.',
    names: [RUTTE_SHORT],
    quotes: [
      { content: 'is het akkoord evenwichtig', direct: false, speaker: 'per:mark+rutte' },
      { content: 'Dit is een goede dag voor Europa', direct: true, speaker: 'per:mark+rutte' },
    ],
  },
];

for (const c of cases) test(`quotes nl: ${c.name}`, () => checkCase('nl', c));
