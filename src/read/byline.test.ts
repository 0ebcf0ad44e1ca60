import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanByline } from './byline.ts';

test('prefixes, URLs, handles, "Staff" and dates are removed; names kept and de-duplicated', () => {
  assert.equal(cleanByline(['By Jane Doe']), 'Jane Doe');
  assert.equal(cleanByline(['Von Anna Muster und Ben Beispiel']), 'Anna Muster, Ben Beispiel');
  assert.equal(cleanByline(['https://news.example/authors/jane-doe']), null);
  assert.equal(cleanByline(['@janedoe', 'Staff', 'By', 'Staff Writer']), null);
  assert.equal(cleanByline(['Jane Doe | Updated 5 March 2024', 'jane doe']), 'Jane Doe');
  assert.equal(cleanByline([null, undefined, '']), null);
});

test('a particle that is part of a name is not taken for "by"', () => {
  assert.equal(cleanByline(['Von der Leyen']), 'Von der Leyen');
  assert.equal(cleanByline(['Di Maio']), 'Di Maio');
});
