import { test } from 'node:test';
import { checkCase, type GoldenCase } from './golden.ts';

const KIRBY = ['John Kirby', 'PER', 'per:john+kirby', 'spokesperson'] as const;
const KIRBY_SHORT = ['Kirby', 'PER', 'per:john+kirby'] as const;
const BIDEN = ['Biden', 'PER', 'per:biden+joe'] as const;
const TRUMP = ['Donald Trump', 'PER', 'per:donald+trump'] as const;
const CLINTON = ['Hillary Clinton', 'PER', 'per:clinton+hillary'] as const;

const cases: GoldenCase[] = [
  {
    name: 'said Biden\'s spokesman John Kirby: the spokesman, not the possessor',
    text: '“We are at a remarkable moment in the alliance,” said Biden\'s spokesman John Kirby.',
    names: [BIDEN, KIRBY],
    quotes: [{ content: 'We are at a remarkable moment in the alliance', direct: true, speaker: 'per:john+kirby', speakerText: 'John Kirby' }],
  },
  {
    name: 'Biden\'s spokesman John Kirby said (reported, no "that")',
    text: 'Biden\'s spokesman John Kirby said the two countries had never been closer.',
    names: [BIDEN, KIRBY],
    quotes: [{ content: 'the two countries had never been closer', direct: false, speaker: 'per:john+kirby' }],
  },
  {
    name: '"he said" after a sentence about two people: the subject; "she said" by gender',
    text: 'Donald Trump attacked Hillary Clinton in Ohio on Monday.\n\n“She is not qualified to lead,” he said.\n\n“I have more experience than anyone in this race,” she said.',
    names: [TRUMP, CLINTON],
    quotes: [
      { content: 'She is not qualified to lead', direct: true, speaker: 'per:donald+trump', speakerText: 'Donald Trump' },
      { content: 'I have more experience than anyone in this race', direct: true, speaker: 'per:clinton+hillary', speakerText: 'Hillary Clinton' },
    ],
  },
  {
    name: 'the spokesman said: the nearest person with that role',
    text: 'White House spokesman John Kirby briefed reporters on Friday. Japan has stepped up, the spokesman said.',
    names: [KIRBY],
    quotes: [{ content: 'Japan has stepped up', direct: false, speaker: 'per:john+kirby' }],
  },
  {
    name: 'a quote over two paragraphs, the first left open',
    text: '“Japan has proven itself a steadfast ally.\n\n“All these steps will strengthen deterrence in the region,” Kirby said.',
    names: [KIRBY_SHORT],
    quotes: [{ content: 'Japan has proven itself a steadfast ally.\n\n“All these steps will strengthen deterrence in the region', direct: true, speaker: 'per:john+kirby' }],
  },
  {
    name: 'according to X; a source that names no one',
    text: 'According to Kirby, the talks went well. The plan was dropped last week, a senior official said.',
    names: [KIRBY_SHORT],
    quotes: [
      { content: 'the talks went well', direct: false, speaker: 'per:john+kirby' },
      { content: 'The plan was dropped last week', direct: false, speaker: null },
    ],
  },
  {
    name: 'ASCII quotes, double and single, a cue before the quote',
    text: 'Kirby told reporters on Friday: "We will not back down." Biden said, \'We are closer than ever.\'',
    names: [KIRBY_SHORT, BIDEN],
    quotes: [
      { content: 'We will not back down.', direct: true, speaker: 'per:john+kirby' },
      { content: 'We are closer than ever.', direct: true, speaker: 'per:biden+joe' },
    ],
  },
  {
    name: 'a quote continued in the next paragraph without a cue keeps its speaker; a title is no quote',
    text: '“The relationship is strong,” Biden said on Friday.\n\n“We will keep building on it together.”\n\nHe praised the film “Lost in Translation” at dinner.',
    names: [BIDEN],
    quotes: [
      { content: 'The relationship is strong', direct: true, speaker: 'per:biden+joe' },
      { content: 'We will keep building on it together.', direct: true, speaker: 'per:biden+joe' },
    ],
  },
];

for (const c of cases) test(`quotes en: ${c.name}`, () => checkCase('en', c));
