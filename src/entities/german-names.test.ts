import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describe, entitiesOf } from './entities-testing.ts';
import { germanNouns } from './german-nouns.ts';
import { germanNameEnd } from './german-names.ts';
import { ruleTypedSpans } from './extract-entities.ts';
import { defaults } from '../config.ts';
import { analyzeArticle } from '../pipeline.ts';
import { rawArticle } from '../testing/raw-article.ts';

// German names made of common nouns, numbers and lower-case words: text -> mentions, `TYPE text`, in order.
const GOLDEN: Array<[text: string, expected: string[]]> = [
  ['Der Bundesnachrichtendienst hat das Umweltbundesamt und das Bundesjustizministerium unterrichtet.',
    ['ORG Bundesnachrichtendienst', 'ORG Umweltbundesamt', 'ORG Bundesjustizministerium']],
  ['Der Stau auf der A 7 reichte bis zur A5, die Bundesstraße 216 war gesperrt.',
    ['LOC A 7', 'LOC A5', 'LOC Bundesstraße 216']],
  ['Der 1. FC Nürnberg gewann am Samstag in Frankfurt am Main.', ['ORG 1. FC Nürnberg', 'LOC Frankfurt am Main']],
  ['Die Kur in Bad Tölz dauerte länger als der Urlaub in St. Moritz.', ['LOC Bad Tölz', 'LOC St. Moritz']],
  ['Napoleon verkaufte New Orleans an die Vereinigten Staaten.', ['PER Napoleon', 'LOC New Orleans', 'LOC Vereinigten Staaten']],
  ['Das sagte Christiane Holländer vom Hamburger Mieterverein dem Berliner Kurier.',
    ['PER Christiane Holländer', 'ORG Hamburger Mieterverein', 'ORG Berliner Kurier']],
  ['Die Aufsichtsräte der Commerzbank haben zugestimmt, berichtete das Eichsfelder Tageblatt.', ['ORG Commerzbank', 'ORG Eichsfelder Tageblatt']],
  ['Er war Generaldirektor der Veitscher Magnesitwerke.', ['ORG Veitscher Magnesitwerke']],
  // A German article is no name particle on its own ("von der Leyen" keeps it).
  ['Trotz solcher Unsicherheiten hält Kurt Miller den PSA-Test für unverzichtbar.', ['PER Kurt Miller']],
  // Legal forms the tokens split close the name, with their dots: associations, cooperatives, partnerships, foreign forms.
  ['Die Siedlungsgenossenschaft Ökodorf eG und der Deutsche Alpenverein e. V. verhandeln mit der Müller Bau GmbH & Co. KG.',
    ['ORG Siedlungsgenossenschaft Ökodorf eG', 'ORG Deutsche Alpenverein e. V.', 'ORG Müller Bau GmbH & Co. KG']],
  ['Er wechselte 1969 zur Koninklijke Scholten-Honig N.V. und später zur Google Inc. in Kalifornien.',
    ['ORG Koninklijke Scholten-Honig N.V.', 'ORG Google Inc.', 'LOC Kalifornien']],
  // An office someone holds is no body; an office that is one keeps its name.
  ['Er nahm das Amt des Vizepräsidenten an, das Amt für Statistik zählte mit.', ['ORG Amt für Statistik']],
  // A double-barrelled surname after a given name is one name, its second part a noun or not.
  ['Die Ministerin Sabine Leutheusser-Schnarrenberger sagte am Montag, das Gesetz komme.', ['PER Sabine Leutheusser-Schnarrenberger (minister)']],
  // Places across a bare slash stay two places, each its own entity (GermEval writes one: DESIGN).
  ['München/Hamburg - Die Deutsche Bank meldet Gewinne.', ['LOC München', 'LOC Hamburg', 'ORG Deutsche Bank']],
  // Not roads: a camera model, a compound's modifier.
  ['Die A4 brachte bessere Bilder als die Kamera, der A7-Ausbau dauert.', []],
];

const requireAll = process.env.PARALLAX_REQUIRE_ALL === '1';
const noDictionary = germanNouns() === null;

/** One test per row: the German entities of the text, as `TYPE text`, in order. */
function goldenTable(label: string, rows: ReadonlyArray<[text: string, expected: string[]]>): void {
  for (const [text, expected] of rows) {
    test(`${label}: ${text.slice(0, 60)}`, { skip: noDictionary && !requireAll ? 'dict-freedict-deu-eng not installed' : false }, () => {
      assert.ok(!noDictionary, 'German entity tests need dict-freedict-deu-eng (apt-get install dict-freedict-deu-eng)');
      assert.deepEqual(describe(entitiesOf(text, 'de')), expected);
    });
  }
}

goldenTable('German names', GOLDEN);

test('a town that opens a longer name is that name\'s, not a place of its own', { skip: noDictionary && !requireAll ? 'no dictionary' : false }, () => {
  assert.ok(!noDictionary, 'needs dict-freedict-deu-eng');
  assert.deepEqual(describe(entitiesOf('Die San Antonio Spurs gewannen.', 'de')).map((m) => m.slice(4)), ['San Antonio Spurs']);
});

test('the German patterns stay German: an Italian "A 7" or "Bad" is no place of its own', () => {
  assert.deepEqual(describe(entitiesOf('Il treno A 7 era in ritardo.', 'it')).filter((m) => m.includes('A 7')), []);
});

// A noun of trade, rank, kind or standing before a name is no part of it.
const CLASS_NOUNS: Array<[text: string, expected: string[]]> = [
  ['Der Rapper Alpa Gun stand beim Label EMI unter Vertrag.', ['PER Alpa Gun', 'ORG EMI']],
  ['Er zog in die Residenzstadt Mannheim und arbeitete für die Firma Grünenthal.', ['LOC Mannheim', 'ORG Grünenthal']],
  ['Die Schlösser fielen an Kaiser Franz Joseph.', ['PER Franz Joseph']],
];
goldenTable('German class nouns', CLASS_NOUNS);

// Bodies named by what they are for, and companies by their legal form, common nouns and all.
const BODIES: Array<[text: string, expected: string[]]> = [
  ['Laut dem Bundesverband deutscher Banken und der Bundesstiftung zur Aufarbeitung der SED-Diktatur lehrt er an der Hochschule für Technik und Wirtschaft des Saarlandes.',
    ['ORG Bundesverband deutscher Banken', 'ORG Bundesstiftung zur Aufarbeitung der SED-Diktatur', 'ORG Hochschule für Technik und Wirtschaft des Saarlandes']],
  ['Der Bundesverband deutscher Banken hat gewarnt.', ['ORG Bundesverband deutscher Banken']],
  ['Das Konzept stammt von der Bilfinger Berger Projektentwicklung GmbH, nicht vom Unternehmen Läpple AG.',
    ['ORG Bilfinger Berger Projektentwicklung GmbH', 'ORG Läpple AG']],
  ['Er hofft, dass seine Partei zur Vernunft kommt.', []],
];
goldenTable('German bodies', BODIES);

// Clubs named by a word and their town, or their town and a team word; a town's adjective opens none.
const CLUBS: Array<[text: string, expected: string[]]> = [
  ['Eintracht Frankfurt spielte gegen Mainz 05 und den FC Schalke 04, Bayer Leverkusen gegen Inter Mailand.',
    ['ORG Eintracht Frankfurt', 'ORG Mainz 05', 'ORG FC Schalke 04', 'ORG Bayer Leverkusen', 'ORG Inter Mailand']],
  ['Die Chicago Bulls schlugen die Philadelphia Flyers, Manchester United verlor gegen Stoke City.',
    ['ORG Chicago Bulls', 'ORG Philadelphia Flyers', 'ORG Manchester United', 'ORG Stoke City']],
  ['Er leitete den Frankfurter Bund für Volksbildung bis zum Ende des Warschauer Paktes.', []],
];
goldenTable('German clubs', CLUBS);

test('a German compound noun with a name as modifier is no organisation of its own: the name is its part', { skip: noDictionary && !requireAll ? 'no dictionary' : false }, () => {
  assert.ok(!noDictionary, 'needs dict-freedict-deu-eng');
  const m = entitiesOf('Ein Sprecher der EU-Kommission lobte den VW-Konzern und die Vereinigten Saar-Elektrizitäts-AG.', 'de');
  assert.deepEqual(m.map((x) => `${x.type} ${x.text}${x.part ? ' (part)' : ''}`), ['ORG EU (part)', 'ORG VW (part)', 'ORG Vereinigten Saar-Elektrizitäts-AG']);
});

// Rivers, mountains and regions FreeDict tags as geography: places though no town list holds them.
const DICTIONARY_PLACES: Array<[text: string, expected: string[]]> = [
  ['Die Bergsteiger verbrachten den Winter im Karakorum.', ['LOC Karakorum']],
  ['Der Schnee lag früh auf dem Kaukasus.', ['LOC Kaukasus']],
  ['Die Händler zogen durch Mähren nach Schlesien.', ['LOC Mähren', 'LOC Schlesien']],
  ['Er lebte lange im Wallis.', ['LOC Wallis']],
];
goldenTable('German places from the dictionary', DICTIONARY_PLACES);

// A ruler's numeral keeps its ordinal dot, at a sentence's end too; a numeral after no person's name does not.
const REGNAL_NAMES: Array<[text: string, expected: string[]]> = [
  ['Im Jahr 1966 besuchte Elisabeth II. die Insel.', ['PER Elisabeth II.']],
  ['Papst Benedikt XVI. reiste nach Rom.', ['PER Benedikt XVI. (pope)', 'LOC Rom']],
  ['Er traf Ludwig XIV.', ['PER Ludwig XIV.']],
  ['Die Firma Siemens II. war pleite.', ['ORG Siemens II']],
];
goldenTable('German rulers', REGNAL_NAMES);

// A body's acronym keeps the number written on to it ("ORF2"); one after a space is another word ("die ARD 2010").
const NUMBERED_ACRONYMS: Array<[text: string, expected: string[]]> = [
  ['Der Film lief zuerst im ORF2 und dann bei der ARD.', ['ORG ORF2', 'ORG ARD']],
  ['Die ARD 2010 sendete weniger Sport.', ['ORG ARD']],
];
goldenTable('German numbered acronyms', NUMBERED_ACRONYMS);

// A given name that is a noun only by a case ending ("Karst|en") still opens a name, whose surname may be a noun.
const GIVEN_NAMES: Array<[text: string, expected: string[]]> = [
  ['Der Trainer Karsten Baumann sagte das.', ['PER Karsten Baumann (coach)']],
  ['Die Pläne stammen vom Landschaftsarchitekten Gilles Clément.', ['PER Gilles Clément']],
  ['Er fuhr mit dem Ross davon.', []],
];
goldenTable('German given names', GIVEN_NAMES);

test('a person\'s span that already holds the initial ends after its dot ("Nico G." kept whole)', () => {
  const text = 'Derweil freut sich Nico G. auf das Spiel.';
  const rec = analyzeArticle(rawArticle('t', text, { declaredLang: 'de' }), defaults);
  const { context: c, spans } = ruleTypedSpans({ text: rec.text, paragraphs: rec.paragraphs, lang: 'de', tokens: rec.tokens }, true);
  const s = spans.find((x) => c.text.slice(c.tokens[x.from]!.start, c.tokens[x.to - 1]!.end) === 'Nico G');
  assert.ok(s, 'a candidate "Nico G"');
  assert.equal(text.slice(c.tokens[s.from]!.start, germanNameEnd(c, { ...s, type: 'PER' })), 'Nico G.');
  // Not for a place or a body.
  assert.equal(text.slice(c.tokens[s.from]!.start, germanNameEnd(c, { ...s, type: 'ORG' })), 'Nico G');
});
