import assert from 'node:assert/strict';
import { test } from 'node:test';
import { personTranslation, translationKind } from './freedict-noun-kinds.ts';

test('a translation names an organisation or a place by the last English word of an alternative', () => {
  assert.equal(translationKind('airline <n>, airline company <n>'), 'ORG');
  assert.equal(translationKind(' [econ.] company <n>'), 'ORG');
  assert.equal(translationKind('reservoir <n>, storage lake <n>'), 'LOC');
  assert.equal(translationKind('transmitter <n>, radio station <n>, broadcaster <n>'), 'ORG+LOC');
  assert.equal(translationKind('blow-off pipe <n>'), null);
  // The head is the last word: a "club foot" is no club, a "band saw" no band.
  assert.equal(translationKind('club foot <n>'), null);
  assert.equal(translationKind('band saw <n>'), null);
});

test('a translation names a person by kinship or standing, by the last word of an alternative', () => {
  assert.equal(personTranslation('son <n>'), true);
  assert.equal(personTranslation(' [übtr.] mother <n>'), true);
  assert.equal(personTranslation(' [techn.] screw-nut <n>, nut <n>'), false);
  assert.equal(personTranslation('man-made fibre <n>'), false);
  // A family and a person, whose name follows them ("die Familie Boim", "die Person Bauwens").
  assert.equal(personTranslation('family <n>'), true);
  assert.equal(personTranslation('person <n>, individual <n>'), true);
});
