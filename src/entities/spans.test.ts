import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaults } from '../config.ts';
import { analyzeArticle } from '../pipeline.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { ruleTypedSpans } from './extract-entities.ts';
import { germanNouns } from './german-nouns.ts';

const requireAll = process.env.PARALLAX_REQUIRE_ALL === '1';
const noDictionary = germanNouns() === null;

/** The rules' own candidate names in a German text, as written, before the type model. */
function namesOf(text: string): string[] {
  const rec = analyzeArticle(rawArticle('test', text, { declaredLang: 'de' }), defaults);
  const { context: c, spans } = ruleTypedSpans({ text: rec.text, paragraphs: rec.paragraphs, lang: 'de', tokens: rec.tokens });
  return spans.map((s) => c.text.slice(c.tokens[s.from]!.start, c.tokens[s.to - 1]!.end));
}

// Text, names the rules must propose whole, names they must not propose.
const SPANS: Array<[text: string, present: string[], absent: string[]]> = [
  // Italian particles inside a name in German text.
  ['Gestern sprach Lorenzo della Vigna mit Journalisten.', ['Lorenzo della Vigna'], ['Lorenzo', 'Vigna']],
  // After given names alone a particle opens the surname, even before a town; after anything else the town stands apart.
  ['Am Abend las Patrick von Brandenburg aus seinen Briefen.', ['Patrick von Brandenburg'], ['Patrick']],
  ['Am Abend las der Bürgermeister von Brandenburg aus dem Haushalt.', ['Brandenburg'], ['Bürgermeister von Brandenburg']],
  // "zu" is a noble particle after given names, a preposition after a surname.
  ['Im Herbst trat Karl-Theodor zu Guttenberg zurück.', ['Karl-Theodor zu Guttenberg'], []],
  ['Erst als Stefan Brückner zu Hertha wechselte, kam der Erfolg.', ['Stefan Brückner'], ['Stefan Brückner zu Hertha']],
  // A capitalised stop word after a given name mid-sentence is a surname; a pronoun of address is not.
  ['Gestern sprach Ursula Lange im Rathaus.', ['Ursula Lange'], ['Ursula']],
  ['Das hatte Marianne Ihnen doch schon gesagt.', [], ['Marianne Ihnen']],
  // Lower-case "van" opens a Dutch surname written without the given name.
  ['Das Tor schoss van der Berg in der Nachspielzeit.', ['van der Berg'], []],
];

for (const [text, present, absent] of SPANS) {
  test(`German spans: ${text}`, { skip: noDictionary && !requireAll ? 'dict-freedict-deu-eng not installed' : false }, () => {
    assert.ok(!noDictionary, 'German spans need dict-freedict-deu-eng (apt-get install dict-freedict-deu-eng)');
    const names = namesOf(text);
    for (const x of present) assert.ok(names.includes(x), `expected "${x}" among ${JSON.stringify(names)}`);
    for (const x of absent) assert.ok(!names.includes(x), `did not expect "${x}" among ${JSON.stringify(names)}`);
  });
}
