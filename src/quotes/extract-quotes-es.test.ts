import { test } from 'node:test';
import { checkCase, type GoldenCase } from './golden.ts';

const SANCHEZ = ['Pedro Sánchez', 'PER', 'per:pedro+sanchez'] as const;
const SANCHEZ_SHORT = ['Sánchez', 'PER', 'per:pedro+sanchez'] as const;

const cases: GoldenCase[] = [
  {
    name: '«…», dijo X; «…», añadió (dropped subject)',
    text: '«Estamos preparados para este acuerdo», dijo Pedro Sánchez en Madrid. «Es un día histórico para Europa», añadió.',
    names: [SANCHEZ],
    quotes: [
      { content: 'Estamos preparados para este acuerdo', direct: true, speaker: 'per:pedro+sanchez' },
      { content: 'Es un día histórico para Europa', direct: true, speaker: 'per:pedro+sanchez' },
    ],
  },
  {
    name: 'dijo que; según X',
    text: 'Sánchez dijo que España apoyará el acuerdo comercial. Según Sánchez, el acuerdo beneficia a todos.',
    names: [SANCHEZ_SHORT],
    quotes: [
      { content: 'España apoyará el acuerdo comercial', direct: false, speaker: 'per:pedro+sanchez' },
      { content: 'el acuerdo beneficia a todos', direct: false, speaker: 'per:pedro+sanchez' },
    ],
  },
  {
    name: 'el portavoz: the role, with a name before it',
    text: 'El portavoz del Gobierno, Óscar López, compareció el martes. «No habrá elecciones anticipadas», aseguró el portavoz.',
    names: [['Óscar López', 'PER', 'per:lopez+oscar']],
    quotes: [{ content: 'No habrá elecciones anticipadas', direct: true, speaker: 'per:lopez+oscar' }],
  },
  {
    name: 'a cue between dashes inside a quote serves both halves',
    text: 'Pedro Sánchez llegó a Bruselas. «Es un día histórico» —dijo Sánchez—, «y lo celebraremos».',
    names: [SANCHEZ, SANCHEZ_SHORT],
    quotes: [
      { content: 'Es un día histórico', direct: true, speaker: 'per:pedro+sanchez', speakerText: 'Sánchez' },
      { content: 'y lo celebraremos', direct: true, speaker: 'per:pedro+sanchez', speakerText: 'Sánchez' },
    ],
  },
];

for (const c of cases) test(`quotes es: ${c.name}`, () => checkCase('es', c));
