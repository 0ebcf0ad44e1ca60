import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityId, type EntityMention } from './entity.ts';
import { entitiesOf } from './entities-testing.ts';
import { lookupName } from './gazetteer.ts';
import { linkEntities } from './link-entities.ts';

const idOf = (mentions: readonly EntityMention[], text: string): string => {
  const m = mentions.find((x) => x.text === text);
  assert.ok(m, `no mention "${text}" among ${mentions.map((x) => x.text).join(', ')}`);
  return m.entity;
};

test('one id across inflections, aliases, name order, short forms and languages', () => {
  const de = entitiesOf(
    'US-Präsident Joe Biden empfing am Freitag den japanischen Premierminister Kishida Fumio im Weißen Haus. ' +
    'Die Vereinigten Staaten stünden hinter Japan, sagte Biden. Die USA und Japan seien nie näher gewesen.\n\n' +
    'US und Japan vertiefen ihre Allianz, erklärte Fumio Kishida später.',
    'de',
  );
  const it = entitiesOf('Gli Stati Uniti difenderanno il Giappone, ha detto Biden.', 'it');
  assert.equal(idOf(de, 'Joe Biden'), idOf(de, 'Biden'));
  assert.equal(idOf(de, 'Kishida Fumio'), idOf(de, 'Fumio Kishida'));
  const us = idOf(de, 'Vereinigten Staaten');
  assert.equal(idOf(de, 'USA'), us);
  assert.equal(idOf(de, 'US'), us);
  assert.equal(idOf(it, 'Stati Uniti'), us);
  assert.equal(idOf(it, 'Giappone'), idOf(de, 'Japan'));
  assert.notEqual(us, idOf(de, 'Japan'));
  assert.equal(de.find((m) => m.text === 'Joe Biden')?.role, 'president');
});

test('Cyrillic and Greek place names meet their Latin forms through the gazetteer', () => {
  assert.equal(lookupName('Соединённые Штаты')?.id, lookupName('United States')?.id);
  assert.equal(lookupName('Ιαπωνία')?.id, lookupName('Japan')?.id);
  assert.equal(entitiesOf('Президент посетил Японию и Германию.', 'ru').map((m) => m.entity).join(' '), 'loc:jp loc:de');
});

test('the gazetteer covers CLDR regions in many languages, and EU/UN/NATO/G7 as organisations', () => {
  for (const name of ['Vereinigte Staaten', 'États-Unis', 'Estados Unidos', 'Stany Zjednoczone', 'Verenigde Staten']) {
    assert.equal(lookupName(name)?.id, 'loc:us', name);
  }
  for (const name of ['EU', 'UE', 'NATO', 'G7', 'AUKUS', 'NASA']) assert.equal(lookupName(name)?.type, 'ORG', name);
  assert.equal(lookupName('Europäische Union')?.id, lookupName('EU')?.id);
});

test('ids are deterministic: the same text gives the same ids', () => {
  const text = 'Angela Merkel traf Emmanuel Macron in Paris.';
  assert.deepEqual(entitiesOf(text, 'de').map((m) => m.entity), entitiesOf(text, 'de').map((m) => m.entity));
});

test('linkEntities maps a surname to the one full name in the corpus that has it', () => {
  const a = entitiesOf('US-Präsident Joe Biden traf Antony Blinken.', 'de', 'a');
  const b = entitiesOf('Biden sagte, die Allianz sei stark.', 'de', 'b');
  const links = linkEntities([a, b]);
  assert.equal(links.get(entityId(idOf(b, 'Biden'))), idOf(a, 'Joe Biden'));
});

test('linkEntities leaves a surname alone when two full names share it', () => {
  const a = entitiesOf('Joe Biden und Jill Biden reisten nach Rom.', 'de', 'a');
  const b = entitiesOf('Am Abend sprach Biden in Rom.', 'de', 'b');
  const links = linkEntities([a, b]);
  assert.equal(links.has(entityId(idOf(b, 'Biden'))), false);
});
