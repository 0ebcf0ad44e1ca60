import { test } from 'node:test';
import { checkCase, type GoldenCase } from './golden.ts';

const KIRBY = ['John Kirby', 'PER', 'per:john+kirby', 'spokesperson'] as const;
const BIDEN = ['Biden', 'PER', 'per:biden+joe'] as const;
const KISHIDA = ['Fumio Kishida', 'PER', 'per:fumio+kishida'] as const;

const cases: GoldenCase[] = [
  {
    name: 'ha detto il portavoce: the nearest person with that role',
    text: 'Il portavoce della Casa Bianca John Kirby ha incontrato i giornalisti. «Il Giappone è un alleato fondamentale», ha detto il portavoce.',
    names: [KIRBY],
    quotes: [{ content: 'Il Giappone è un alleato fondamentale', direct: true, speaker: 'per:john+kirby', speakerText: 'John Kirby' }],
  },
  {
    name: 'ha detto che (reported speech)',
    text: 'Biden ha detto che gli Stati Uniti difenderanno il Giappone con tutte le loro capacità.',
    names: [BIDEN],
    quotes: [{ content: 'gli Stati Uniti difenderanno il Giappone con tutte le loro capacità', direct: false, speaker: 'per:biden+joe' }],
  },
  {
    name: 'a dropped subject ("ha aggiunto") goes to the person before',
    text: 'Il premier Fumio Kishida è arrivato a Washington venerdì. «Non siamo mai stati così vicini», ha aggiunto.',
    names: [KISHIDA],
    quotes: [{ content: 'Non siamo mai stati così vicini', direct: true, speaker: 'per:fumio+kishida' }],
  },
  {
    name: 'secondo X; ASCII quotes with the name after the verb',
    text: 'Secondo Kirby, il Giappone ha fatto un passo storico. "Una nuova era di cooperazione", ha dichiarato Biden.',
    names: [['Kirby', 'PER', 'per:john+kirby'], BIDEN],
    quotes: [
      { content: 'il Giappone ha fatto un passo storico', direct: false, speaker: 'per:john+kirby' },
      { content: 'Una nuova era di cooperazione', direct: true, speaker: 'per:biden+joe' },
    ],
  },
  {
    name: 'secondo lui: a pronoun as the source',
    text: 'Il ministro degli Esteri Antonio Tajani è intervenuto alla Camera. Secondo lui la situazione resta grave.',
    names: [['Antonio Tajani', 'PER', 'per:antonio+tajani', 'foreign minister']],
    quotes: [{ content: 'la situazione resta grave', direct: false, speaker: 'per:antonio+tajani' }],
  },
];

for (const c of cases) test(`quotes it: ${c.name}`, () => checkCase('it', c));
