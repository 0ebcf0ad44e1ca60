import { test } from 'node:test';
import { checkCase, type GoldenCase } from './golden.ts';

const TUSK = ['Donald Tusk', 'PER', 'per:donald+tusk'] as const;

const cases: GoldenCase[] = [
  {
    name: '„…” – powiedział X; powiedział, że',
    text: '„Jesteśmy gotowi do rozmów” – powiedział Donald Tusk w Warszawie. Tusk powiedział, że Polska poprze porozumienie.',
    names: [TUSK, ['Tusk', 'PER', 'per:donald+tusk']],
    quotes: [
      { content: 'Jesteśmy gotowi do rozmów', direct: true, speaker: 'per:donald+tusk' },
      { content: 'Polska poprze porozumienie', direct: false, speaker: 'per:donald+tusk' },
    ],
  },
  {
    name: 'the verb\'s gender picks the antecedent ("powiedziała"); według X',
    text: 'Beata Szydło spotkała się z Donaldem Tuskiem. „Nie zgadzam się z tym planem” – powiedziała. Według Tuska porozumienie jest dobre.',
    names: [['Beata Szydło', 'PER', 'per:beata+szydlo'], ['Donaldem Tuskiem', 'PER', 'per:donald+tusk'], ['Tuska', 'PER', 'per:donald+tusk']],
    quotes: [
      { content: 'Nie zgadzam się z tym planem', direct: true, speaker: 'per:beata+szydlo' },
      { content: 'porozumienie jest dobre', direct: false, speaker: 'per:donald+tusk' },
    ],
  },
];

for (const c of cases) test(`quotes pl: ${c.name}`, () => checkCase('pl', c));
