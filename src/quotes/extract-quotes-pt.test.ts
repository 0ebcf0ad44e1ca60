import { test } from 'node:test';
import { checkCase, type GoldenCase } from './golden.ts';

const LULA = ['Lula', 'PER', 'per:lula'] as const;

const cases: GoldenCase[] = [
  {
    name: '“…”, disse X; disse que',
    text: '“Estamos prontos para assinar o acordo”, disse Lula em Brasília. Lula disse que o Brasil vai apoiar a proposta europeia.',
    names: [LULA],
    quotes: [
      { content: 'Estamos prontos para assinar o acordo', direct: true, speaker: 'per:lula' },
      { content: 'o Brasil vai apoiar a proposta europeia', direct: false, speaker: 'per:lula' },
    ],
  },
  {
    name: 'segundo X; a dropped subject',
    text: 'Segundo Lula, o acordo é bom para os dois lados. “Vamos continuar a negociar”, afirmou.',
    names: [LULA],
    quotes: [
      { content: 'o acordo é bom para os dois lados', direct: false, speaker: 'per:lula' },
      { content: 'Vamos continuar a negociar', direct: true, speaker: 'per:lula' },
    ],
  },
];

for (const c of cases) test(`quotes pt: ${c.name}`, () => checkCase('pt', c));
