import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveConfig } from '../config.ts';
import { analyzeArticle } from '../pipeline.ts';
import { rawArticle } from '../testing/raw-article.ts';

const leadOf = (text: string) => [...analyzeArticle(rawArticle('x', text), resolveConfig()).features!.leadTerms!.keys()];

test('lead terms: the common words of the lead, without names, headings or the body after it', () => {
  const lead = leadOf([
    'Quake shakes the coast',
    '',
    'A strong earthquake of magnitude 6.1 struck near Lisbon on Monday, damaging buildings, officials in Portugal said.',
    '',
    'Firefighters searched the rubble through the night.',
  ].join('\n'));
  for (const word of ['earthquak', 'magnitud', 'struck', 'damag', 'build']) assert.ok(lead.includes(word), `${word}: ${lead.join(' ')}`);
  for (const left of ['lisbon', 'portug', 'quak', 'shake', 'firefight', 'rubbl']) assert.ok(!lead.includes(left), `${left}: ${lead.join(' ')}`);
});

test('lead terms: a short first paragraph (a dateline, a byline) is read on into the next', () => {
  const lead = leadOf('By Jane Roe, staff writer\n\nThe actress checked into a rehab clinic on Tuesday, her publicist told a magazine.\n\nShe had been arrested twice.');
  assert.ok(lead.includes('rehab') && lead.includes('clinic'), lead.join(' '));
  assert.ok(!lead.includes('arrest'), lead.join(' '));
});

test('lead terms: a capitalised word the article also writes in lower case is a word, not a name', () => {
  const lead = leadOf('Shares of the company fell after Apple said apple growers would be paid more for every apple they sell to the Apple store.');
  assert.ok(lead.includes('appl'), lead.join(' '));
});
