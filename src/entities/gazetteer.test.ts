import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entitiesOf } from './entities-testing.ts';
import { lookupName } from './gazetteer.ts';

const orgs = (text: string, lang: string) => entitiesOf(text, lang).filter((m) => m.type === 'ORG').map((m) => `${m.text}=${m.entity}`);

test('gazetteer: companies, media and parties news names often have one id in every language, with the genitive -s', () => {
  assert.equal(lookupName('Pfizer')?.id, 'org:pfizer');
  assert.equal(lookupName('BNP Paribas')?.type, 'ORG');
  assert.deepEqual(orgs('Die Aktien von Nokia und Pfizer stiegen am Montag.', 'de'), ['Nokia=org:nokia', 'Pfizer=org:pfizer']);
  assert.deepEqual(orgs('Der Gewinn Nokias fiel im dritten Quartal.', 'de'), ['Nokias=org:nokia']);
  assert.deepEqual(orgs('Le azioni di Pfizer e di UniCredit sono salite.', 'it'), ['Pfizer=org:pfizer', 'UniCredit=org:unicredit']);
});

test('gazetteer: a one-word name of the brand list matches as written, never by stem, either way', () => {
  // "Zeiten" stems to "zeit", "Moderne" to "modern": neither is "Zeit Online" nor "Moderna".
  assert.deepEqual(orgs('Zeiten ändern sich. Die Moderne kam spät in das Dorf, sagte sie.', 'de'), []);
  assert.deepEqual(orgs('Die Impfstoffe von Moderna und Biontech wurden zugelassen.', 'de'), ['Moderna=org:moderna', 'Biontech=org:biontech']);
});

test('gazetteer: names that are also common words stay out of the list ("die Allianz mit Japan")', () => {
  assert.deepEqual(orgs('Die USA stünden voll und ganz hinter der Allianz mit Japan.', 'de'), []);
  assert.equal(lookupName('Allianz'), null);
  assert.equal(lookupName('Uber'), null, '"Über" folds to "uber"');
});

test('gazetteer: regions, landscapes and the German names of Central European towns are places, one id across languages', () => {
  assert.equal(lookupName('Danzig')?.id, 'loc:gdansk');
  assert.equal(lookupName('Gdańsk')?.id, 'loc:gdansk');
  assert.equal(lookupName('Siebenbürgen')?.type, 'LOC');
  assert.equal(lookupName('Harz'), null, '"Harz" is also resin');
  assert.deepEqual(entitiesOf('Im Allgäu und in Kärnten schneite es, in Breslau regnete es.', 'de').filter((m) => m.type === 'LOC').map((m) => m.text), ['Allgäu', 'Kärnten', 'Breslau']);
});

test('gazetteer: a place that is also a person\'s name stays out of the lists, so the person the article names wins ("Havel sagte")', () => {
  assert.equal(lookupName('Havel'), null);
  assert.deepEqual(entitiesOf('Der frühere Präsident Václav Havel kam nach Prag. Havel sagte, die Reise sei wichtig.', 'de').filter((m) => m.text === 'Havel').map((m) => m.type), ['PER']);
});
