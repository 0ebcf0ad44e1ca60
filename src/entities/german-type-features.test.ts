import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaults } from '../config.ts';
import { analyzeArticle } from '../pipeline.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { ruleTypedSpans } from './extract-entities.ts';
import { germanNouns } from './german-nouns.ts';
import { typeFeatures } from './type-features.ts';

const requireAll = process.env.PARALLAX_REQUIRE_ALL === '1';
const noDictionary = germanNouns() === null;

/** The type model's features of the candidate written `name` in a German text. */
function featuresOf(text: string, name: string): string[] {
  const rec = analyzeArticle(rawArticle('test', text, { declaredLang: 'de' }), defaults);
  const { context: c, spans } = ruleTypedSpans({ text: rec.text, paragraphs: rec.paragraphs, lang: 'de', tokens: rec.tokens }, true);
  const k = spans.findIndex((s) => c.text.slice(c.tokens[s.from]!.start, c.tokens[s.to - 1]!.end) === name);
  assert.ok(k >= 0, `no candidate "${name}" in "${text}"`);
  return typeFeatures(c, spans, k);
}

// Text, candidate, features it must have, features it must not have.
const FEATURES: Array<[text: string, name: string, present: string[], absent: string[]]> = [
  // FreeDict's geography: a mountain range, a river, a region, with their kinds.
  ['Die Bergsteiger verbrachten den Winter im Karakorum.', 'Karakorum', ['de:geo', 'de:geo=mountain'], []],
  ['Die Kinder spielten am Ufer der Moskwa.', 'Moskwa', ['de:geo', 'de:geo=river'], []],
  ['Er lebte lange im Wallis.', 'Wallis', ['de:geo=region'], []],
  ['Der Zug hielt in Garzen.', 'Garzen', [], ['de:geo']],
  // A noun of a kind of place before the name, alone or as a compound's head.
  ['Die Gemeinde Wolkenze hat einen neuen Bürgermeister.', 'Wolkenze', ['de:placeclass'], []],
  ['Am Stausee Wolkenze wird gebadet.', 'Wolkenze', ['de:placeclass'], []],
  ['Der Trainer Wolkenze hat gewonnen.', 'Wolkenze', [], ['de:placeclass']],
  // Words of place names in the language they are quoted in, first or last.
  ['Das Boot fuhr den Ottawa River hinauf.', 'Ottawa River', ['de:foreignplace'], []],
  ['Sie machten Urlaub am Lido di Jesolo.', 'Lido di Jesolo', ['de:foreignplace'], []],
  ['Das sagte Peter Müller am Montag.', 'Peter Müller', [], ['de:foreignplace']],
  // A person noun before the name, as written, inflected or as a compound's head; a thing's noun is none.
  ['Der CSU-Politiker Wolkenze sprach im Landtag.', 'Wolkenze', ['de:personnoun'], []],
  ['Die Menschenrechtsaktivistin Wolkenze protestierte.', 'Wolkenze', ['de:personnoun'], []],
  ['Das Kraftwerk Wolkenze wurde abgeschaltet.', 'Wolkenze', [], ['de:personnoun']],
  // A small town abroad is a cue of its own, weaker than a town at home.
  ['Die Jets werden im englischen Hatfield hergestellt.', 'Hatfield', ['de:townabroad'], ['de:town']],
  ['Die Partnerschaft zwischen Düren und Rom besteht seit Jahren.', 'Düren', ['de:town'], ['de:townabroad']],
  // English words of the dictionary's translations, quoted as they are; German nouns are not counted.
  ['Mit technologischen Highlights und einer umfangreichen Ausstattung.', 'Highlights', ['de:en=all', 'de:en=all|len=1'], []],
  ['Das sagte Jürgen Schröder am Montag.', 'Jürgen Schröder', [], ['de:en=all', 'de:en=some']],
  // A regular finite verb right after the name (its subject) or before it ("sagte Wolkenze"); a noun is no verb.
  ['Wolkenze benutzte einen Roboterarm.', 'Wolkenze', ['de:n1=verb'], ['de:p1=verb']],
  ['Das sei schön, erklärte Wolkenze am Abend.', 'Wolkenze', ['de:p1=verb'], ['de:n1=verb']],
  ['Zwischen Wolkenze und Eregli fährt ein Bus.', 'Wolkenze', [], ['de:n1=verb', 'de:p1=verb']],
  // A noun of a kind of body or place before the name, read from its English translation, as a compound's head too.
  ['Die Containerreederei Wolkenze meldet Gewinne.', 'Wolkenze', ['de:prevkind=ORG'], []],
  ['Der Ortsteil Wolkenze hat einen Bahnhof.', 'Wolkenze', ['de:prevkind=LOC'], []],
  ['Der CSU-Politiker Wolkenze sprach.', 'Wolkenze', [], ['de:prevkind=ORG', 'de:prevkind=LOC']],
  ['Dann übernahm sein Sohn Wolkenze den Hof.', 'Wolkenze', ['de:prevkind=PER'], []],
  // A compound of dictionary words with a place's head is a kind of word of its own, neither noun nor unknown.
  ['Der Sturm warf den halben Fichtenwald um.', 'Fichtenwald', ['de:first=placecompound', 'de:last=placecompound'], ['de:first=unknown']],
  ['Im Sommer wanderten sie durch das Bachtal.', 'Bachtal', ['de:first=placecompound'], []],
  ['Der Zug hielt in Wolkenzedorf.', 'Wolkenzedorf', ['de:first=unknown'], ['de:first=placecompound']],
  // The kind of a capitalised word right beside the candidate: a given name after it, a noun before it; none across "und".
  // ("Elisabeth Will" is now one name: a capitalised stop word after a given name is a surname.)
  ['Sie traf Wolkenze Maria Lorenz am Montag.', 'Wolkenze', ['de:n1lex=given'], []],
  ['Das Werk Eregli Wolkenze liegt am Fluss.', 'Eregli Wolkenze', ['de:p1lex=noun'], []],
  ['Zwischen Wolkenze und Eregli fährt ein Bus.', 'Wolkenze', [], ['de:n1lex=unknown', 'de:p1lex=unknown']],
  // An abbreviation in parentheses after what it stands for, and the phrase it abbreviates; none without parentheses.
  ['Die Europäische Fußball-Union ( UEFA ) tagte.', 'UEFA', ['de:abbrof=noun', 'de:abbrof=match'], []],
  ['Verboten sind Fluorchlorkohlenwasserstoffe ( FCKW ) seit Jahren.', 'Fluorchlorkohlenwasserstoffe', ['de:defines', 'de:defines=match'], ['de:defines=nomatch']],
  ['Das sagte die UEFA am Montag.', 'UEFA', [], ['de:abbrof=noun', 'de:abbrof=match', 'de:abbrof=nomatch']],
  // Endings are read with the word's kind: an unknown word's "-zen" is not a noun's.
  ['Der Zug hielt in Garzen.', 'Garzen', ['s3=zen|unknown', 's2=en|unknown'], ['s3=zen']],
];

for (const [text, name, present, absent] of FEATURES) {
  test(`German type features: ${name} has ${present.join(", ") || "-"}, not ${absent.join(", ") || "-"}`, { skip: noDictionary && !requireAll ? 'dict-freedict-deu-eng not installed' : false }, () => {
    assert.ok(!noDictionary, 'German type features need dict-freedict-deu-eng (apt-get install dict-freedict-deu-eng)');
    const f = featuresOf(text, name);
    for (const x of present) assert.ok(f.includes(x), `${name}: expected ${x} among ${f.join(' ')}`);
    for (const x of absent) assert.ok(!f.includes(x), `${name}: did not expect ${x}`);
  });
}
