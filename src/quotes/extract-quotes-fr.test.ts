import { test } from 'node:test';
import { checkCase, type GoldenCase } from './golden.ts';

const MACRON = ['Emmanuel Macron', 'PER', 'per:emmanuel+macron'] as const;
const MACRON_SHORT = ['Macron', 'PER', 'per:emmanuel+macron'] as const;

const cases: GoldenCase[] = [
  {
    name: '« … », a déclaré X; then « … », a-t-il ajouté',
    text: '« Nous sommes prêts à soutenir nos partenaires », a déclaré Emmanuel Macron. « C\'est un jour historique », a-t-il ajouté.',
    names: [MACRON],
    quotes: [
      { content: 'Nous sommes prêts à soutenir nos partenaires', direct: true, speaker: 'per:emmanuel+macron' },
      { content: 'C\'est un jour historique', direct: true, speaker: 'per:emmanuel+macron' },
    ],
  },
  {
    name: 'a déclaré que; selon X',
    text: 'Macron a déclaré que la France soutiendrait l\'Ukraine. Selon Macron, l\'accord est solide.',
    names: [MACRON_SHORT],
    quotes: [
      { content: 'la France soutiendrait l\'Ukraine', direct: false, speaker: 'per:emmanuel+macron' },
      { content: 'l\'accord est solide', direct: false, speaker: 'per:emmanuel+macron' },
    ],
  },
  {
    name: 'la porte-parole: a role, and "elle" by gender',
    text: 'La porte-parole du gouvernement Maud Bregeon a rencontré Emmanuel Macron lundi.\n\n« Le calendrier sera tenu », a-t-elle dit.',
    names: [['Maud Bregeon', 'PER', 'per:bregeon+maud', 'spokesperson'], MACRON],
    quotes: [{ content: 'Le calendrier sera tenu', direct: true, speaker: 'per:bregeon+maud' }],
  },
];

for (const c of cases) test(`quotes fr: ${c.name}`, () => checkCase('fr', c));
