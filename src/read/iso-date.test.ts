import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoDate } from './iso-date.ts';

test('ISO 8601 kept with its offset, small variations normalised', () => {
  assert.deepEqual(isoDate('2024-03-05T10:15:00+01:00'), { value: '2024-03-05T10:15:00+01:00', iso: true });
  assert.equal(isoDate(' 2024-03-05 10:15 ').value, '2024-03-05T10:15:00');
  assert.equal(isoDate('2024-03-05T10:15:30.123+0100').value, '2024-03-05T10:15:30.123+01:00');
  assert.equal(isoDate('2024-03-05T10:15:30z').value, '2024-03-05T10:15:30Z');
  assert.equal(isoDate('2024-03-05').value, '2024-03-05');
});

test('compact, dotted and textual dates', () => {
  assert.equal(isoDate('20240305').value, '2024-03-05');
  assert.equal(isoDate('5.3.2024').value, '2024-03-05');
  assert.equal(isoDate('05.03.2024, 14:30').value, '2024-03-05T14:30:00');
  assert.equal(isoDate('Tue, 05 Mar 2024 09:15:00 GMT').value, '2024-03-05T09:15:00.000Z');
  assert.equal(isoDate('March 5, 2024').value, '2024-03-05');
});

test('impossible or unreadable dates are kept as given and flagged', () => {
  assert.deepEqual(isoDate('2024-02-30'), { value: '2024-02-30', iso: false });
  assert.deepEqual(isoDate('2024-03-05T25:00'), { value: '2024-03-05T25:00', iso: false });
  assert.deepEqual(isoDate('vor 3 Stunden'), { value: 'vor 3 Stunden', iso: false });
  // Date.parse would read this as a year; a bare number is no date.
  assert.equal(isoDate('1').iso, false);
});
