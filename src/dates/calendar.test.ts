import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addMonths, dayNumber, fromDayNumber, isoDay, isoWeek, nearestMonthYear, nearestYear, referenceDay, validDate, weekday, weekdayFrom } from './calendar.ts';

const day = (s: string) => referenceDay(s)!;

test('calendar: ISO weeks belong to the year of their Thursday', () => {
  const rows: Array<[string, string]> = [
    ['2021-01-01', '2020-W53'], ['2023-01-01', '2022-W52'], ['2023-01-02', '2023-W01'], ['2023-01-13', '2023-W02'],
    ['2024-12-30', '2025-W01'], ['2026-12-31', '2026-W53'],
  ];
  for (const [d, w] of rows) assert.equal(isoWeek(day(d)), w, d);
});

test('calendar: day numbers, weekdays, months and references', () => {
  assert.equal(weekday(day('2023-01-13')), 5);
  assert.equal(isoDay(dayNumber(1, 1, 1)), '0001-01-01');
  assert.deepEqual(addMonths(2023, 1, -1), { y: 2022, m: 12 });
  assert.deepEqual(addMonths(2023, 11, 14), { y: 2025, m: 1 });
  assert.equal(referenceDay('2023-01-13T23:30:00-05:00'), day('2023-01-13'));
  assert.equal(referenceDay('13.01.2023'), null);
  assert.equal(referenceDay('2023-02-30'), null);
  assert.equal(referenceDay(null), null);
  assert.equal(validDate(2024, 2, 29), true);
  assert.equal(validDate(2023, 2, 29), false);
});

test('calendar: nearest year and month, ties to the past', () => {
  assert.equal(nearestYear(day('2023-01-13'), 12, 20), 2022);
  assert.equal(nearestYear(day('2023-12-20'), 1, 5), 2024);
  assert.equal(nearestMonthYear(day('2023-01-13'), 7), 2022);
  assert.equal(nearestMonthYear(day('2023-12-13'), 6), 2023);
  assert.equal(nearestMonthYear(day('2023-12-13'), 5), 2024);
  assert.equal(nearestMonthYear(day('2023-12-13'), 1), 2024);
});

test('calendar: weekdays from a reference stay within a week on the chosen side', () => {
  fc.assert(fc.property(fc.integer({ min: -50_000, max: 50_000 }), fc.integer({ min: 0, max: 6 }), (ref, wd) => {
    const onOrBefore = weekdayFrom(ref, wd, 0);
    const before = weekdayFrom(ref, wd, -1);
    const after = weekdayFrom(ref, wd, 1);
    for (const d of [onOrBefore, before, after]) assert.equal(weekday(d), wd);
    assert.ok(onOrBefore <= ref && ref - onOrBefore < 7);
    assert.ok(before < ref && ref - before <= 7);
    assert.ok(after > ref && after - ref <= 7);
    const { y, m, d } = fromDayNumber(ref);
    assert.equal(dayNumber(y, m, d), ref);
  }));
});
