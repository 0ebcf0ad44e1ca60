import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Paragraph } from '../article.ts';
import type { DateMention } from './date-mention.ts';
import { extractDates } from './extract-dates.ts';

const one = (text: string): Paragraph[] => [{ start: 0, end: text.length, kind: 'body', repeatOf: null }];
const dates = (text: string, lang: string, ref: string | null = '2023-01-13') => extractDates({ text, paragraphs: one(text), lang }, ref);
const describe = (d: DateMention) => `${d.text} = ${d.value} ${d.role}${d.relative ? ' rel' : ''}`;

// Reference: Friday, 13 January 2023.
const GOLDEN: Record<string, Array<[string, string[]]>> = {
  de: [
    ['Das Treffen fand am 13. Januar 2023 statt.', ['am 13. Januar 2023 = 2023-01-13 event']],
    ['BERLIN, 4. MÄRZ 2009 – Der Bundestag stimmte ab.', ['4. MÄRZ 2009 = 2009-03-04 report']],
    ['Stand: 12.01.2023, 14:30 Uhr', ['12.01.2023, 14:30 Uhr = 2023-01-12T14:30 report']],
    ['Im November 2022 stimmte die Regierung zu.', ['Im November 2022 = 2022-11 event']],
    ['Im Dezember war es kalt.', ['Im Dezember = 2022-12 event rel']],
    ['Am Mittwoch trafen sich die Minister.', ['Am Mittwoch = 2023-01-11 event rel']],
    ['Einen Tag zuvor hatte Austin gesprochen.', ['Einen Tag zuvor = 2023-01-12 event rel']],
    ['Heute reist Kishida ab, gestern kam er an.', ['Heute = 2023-01-13 report rel', 'gestern = 2023-01-12 event rel']],
    ['Vor zwei Wochen begann es.', ['Vor zwei Wochen = 2022-W52 event rel']],
    ['Im vergangenen Jahr und in diesem Jahr.', ['Im vergangenen Jahr = 2022 event rel', 'in diesem Jahr = 2023 event rel']],
    ['Am kommenden Montag wird abgestimmt.', ['Am kommenden Montag = 2023-01-16 event rel']],
    ['Die Mission soll bis 2026 landen.', ['bis 2026 = 2026 event']],
    ['Rund 2000 Soldaten, 1999 Euro und 2000 Meilen.', []],
    ['Heute Morgen, morgen früh.', ['Heute = 2023-01-13 report rel', 'morgen = 2023-01-14 event rel']],
    ['Der Gipfel vom 2023-01-13T10:00 war kurz; am Freitag, den 13. Januar um 10 Uhr.',
      ['vom 2023-01-13T10:00 = 2023-01-13T10:00 event', 'am Freitag, den 13. Januar um 10 Uhr = 2023-01-13T10:00 event rel']],
  ],
  it: [
    ['Il vertice si è tenuto il 13 gennaio 2023.', ['il 13 gennaio 2023 = 2023-01-13 event']],
    ['Il 13 gennaio i leader si sono incontrati.', ['Il 13 gennaio = 2023-01-13 event rel']],
    ['A novembre 2022 il governo ha approvato.', ['A novembre 2022 = 2022-11 event']],
    ['Mercoledì i ministri si sono incontrati.', ['Mercoledì = 2023-01-11 event rel']],
    ['Ieri il presidente ha parlato, oggi tace.', ['Ieri = 2023-01-12 event rel', 'oggi = 2023-01-13 report rel']],
    ['Il giorno prima era a Parigi.', ['Il giorno prima = 2023-01-12 event rel']],
    ['La settimana scorsa e il mese prossimo.', ['La settimana scorsa = 2023-W01 event rel', 'il mese prossimo = 2023-02 event rel']],
    ['Entro il 2026 sulla Luna.', ['Entro il 2026 = 2026 event']],
    ["L'11 gennaio 2023 a Washington, tre giorni fa.", ["L'11 gennaio 2023 = 2023-01-11 event", 'tre giorni fa = 2023-01-10 event rel']],
  ],
  en: [
    ['The summit took place on January 13, 2023.', ['on January 13, 2023 = 2023-01-13 event']],
    // Datelines in capitals; a lower-case "may" or "march" is no month.
    ['WASHINGTON, FEB. 2, 2009 - The senate voted. WEDNESDAY, MARCH 4, 2009: they may march again.',
      ['FEB. 2, 2009 = 2009-02-02 report', 'WEDNESDAY, MARCH 4, 2009 = 2009-03-04 event']],
    ['On 13 January 2023 the leaders met.', ['On 13 January 2023 = 2023-01-13 event']],
    ['In November 2022 the government agreed.', ['In November 2022 = 2022-11 event']],
    ['Last Tuesday he spoke; next Friday he will travel.', ['Last Tuesday = 2023-01-10 event rel', 'next Friday = 2023-01-20 event rel']],
    ['The day before, he was in Paris.', ['The day before = 2023-01-12 event rel']],
    ['Yesterday, today and tomorrow.', ['Yesterday = 2023-01-12 event rel', 'today = 2023-01-13 report rel', 'tomorrow = 2023-01-14 event rel']],
    ['Two weeks ago, last month and next year.', ['Two weeks ago = 2022-W52 event rel', 'last month = 2022-12 event rel', 'next year = 2024 event rel']],
    ['As of Jan. 12, 2023, 54,000 troops.', ['Jan. 12, 2023 = 2023-01-12 report']],
    ['It may rain in May.', ['in May = 2023-05 event rel']],
    ['The 2022 elections; 1/13/2023; 13/1/2023; 2023-01-13.',
      ['2022 = 2022 unknown', '1/13/2023 = 2023-01-13 unknown', '13/1/2023 = 2023-01-13 unknown', '2023-01-13 = 2023-01-13 unknown']],
    ['On Friday, January 13 at 10 a.m. they met.', ['On Friday, January 13 at 10 a.m. = 2023-01-13T10:00 event rel']],
  ],
  fr: [
    ['Le sommet a eu lieu le 13 janvier 2023.', ['le 13 janvier 2023 = 2023-01-13 event']],
    ['Le 1er janvier, le Japon a pris la présidence.', ['Le 1er janvier = 2023-01-01 event rel']],
    ['En novembre 2022, le gouvernement a approuvé.', ['En novembre 2022 = 2022-11 event']],
    ['Mercredi dernier, les ministres se sont réunis.', ['Mercredi dernier = 2023-01-11 event rel']],
    ["Hier et aujourd'hui.", ['Hier = 2023-01-12 event rel', "aujourd'hui = 2023-01-13 report rel"]],
    ['La veille, il était à Paris.', ['La veille = 2023-01-12 event rel']],
    ["La semaine dernière et l'an prochain.", ['La semaine dernière = 2023-W01 event rel', "l'an prochain = 2024 event rel"]],
    ["D'ici 2026 sur la Lune, il y a trois jours.", ["D'ici 2026 = 2026 event", 'il y a trois jours = 2023-01-10 event rel']],
    ['Mars est une planète, en mars il pleut.', ['en mars = 2023-03 event rel']],
  ],
  es: [
    ['La cumbre se celebró el 13 de enero de 2023.', ['el 13 de enero de 2023 = 2023-01-13 event']],
    ['En noviembre de 2022 el gobierno aprobó.', ['En noviembre de 2022 = 2022-11 event']],
    ['El miércoles pasado los ministros se reunieron.', ['El miércoles pasado = 2023-01-11 event rel']],
    ['Ayer y hoy.', ['Ayer = 2023-01-12 event rel', 'hoy = 2023-01-13 report rel']],
    ['El día anterior estuvo en París.', ['El día anterior = 2023-01-12 event rel']],
    ['La semana pasada y el próximo año.', ['La semana pasada = 2023-W01 event rel', 'el próximo año = 2024 event rel']],
    ['Para 2026 en la Luna, hace tres días.', ['Para 2026 = 2026 event', 'hace tres días = 2023-01-10 event rel']],
    ['Por la mañana; mañana viaja, dijo Domingo.', ['mañana = 2023-01-14 event rel']],
  ],
  pt: [
    ['A cimeira realizou-se a 13 de janeiro de 2023.', ['a 13 de janeiro de 2023 = 2023-01-13 event']],
    ['Em novembro de 2022 o governo aprovou.', ['Em novembro de 2022 = 2022-11 event']],
    ['Na última quarta-feira os ministros reuniram-se.', ['Na última quarta-feira = 2023-01-11 event rel']],
    ['Ontem e hoje.', ['Ontem = 2023-01-12 event rel', 'hoje = 2023-01-13 report rel']],
    ['Na véspera esteve em Paris.', ['Na véspera = 2023-01-12 event rel']],
    ['Na semana passada e no próximo ano.', ['Na semana passada = 2023-W01 event rel', 'no próximo ano = 2024 event rel']],
    ['Até 2026 na Lua, há três dias.', ['Até 2026 = 2026 event', 'há três dias = 2023-01-10 event rel']],
  ],
  nl: [
    ['De top vond plaats op 13 januari 2023.', ['op 13 januari 2023 = 2023-01-13 event']],
    ['In november 2022 stemde de regering in.', ['In november 2022 = 2022-11 event']],
    ['Afgelopen woensdag kwamen de ministers bijeen.', ['Afgelopen woensdag = 2023-01-11 event rel']],
    ['Gisteren en vandaag; de morgen was koud.', ['Gisteren = 2023-01-12 event rel', 'vandaag = 2023-01-13 report rel']],
    ['De dag ervoor was hij in Parijs.', ['De dag ervoor = 2023-01-12 event rel']],
    ['Vorige week en volgend jaar.', ['Vorige week = 2023-W01 event rel', 'volgend jaar = 2024 event rel']],
    ['Tegen 2026 op de maan, drie dagen geleden.', ['Tegen 2026 = 2026 event', 'drie dagen geleden = 2023-01-10 event rel']],
  ],
  pl: [
    ['Szczyt odbył się 13 stycznia 2023 r.', ['13 stycznia 2023 r. = 2023-01-13 event']],
    ['W listopadzie 2022 r. rząd zatwierdził.', ['W listopadzie 2022 r. = 2022-11 event']],
    ['W zeszłą środę ministrowie spotkali się, we wtorek o godzinie 12:55 też.', ['W zeszłą środę = 2023-01-11 event rel', 'we wtorek o godzinie 12:55 = 2023-01-10T12:55 event rel']],
    ['Wczoraj i dziś.', ['Wczoraj = 2023-01-12 event rel', 'dziś = 2023-01-13 report rel']],
    ['Dzień wcześniej był w Paryżu.', ['Dzień wcześniej = 2023-01-12 event rel']],
    ['W zeszłym tygodniu i w przyszłym roku.', ['W zeszłym tygodniu = 2023-W01 event rel', 'w przyszłym roku = 2024 event rel']],
    ['Do 2026 roku na Księżycu, trzy dni temu.', ['Do 2026 roku = 2026 event', 'trzy dni temu = 2023-01-10 event rel']],
  ],
};

test('dates: golden table per language', () => {
  for (const [lang, rows] of Object.entries(GOLDEN)) {
    for (const [text, expected] of rows) assert.deepEqual(dates(text, lang).map(describe), expected, `${lang}: ${text}`);
  }
});

test('dates: a weekday is the most recent one on or before the reference; "last" before it, "next" after it', () => {
  const on = (text: string) => dates(text, 'de').map((d) => d.value);
  assert.deepEqual(on('Am Montag, am Freitag, am Samstag.'), ['2023-01-09', '2023-01-13', '2023-01-07']);
  assert.deepEqual(on('Letzten Freitag, vergangenen Donnerstag, kommenden Freitag, nächsten Samstag.'),
    ['2023-01-06', '2023-01-12', '2023-01-20', '2023-01-14']);
  assert.deepEqual(dates('Am Mittwochabend.', 'de', '2023-01-13T23:30:00-05:00').map((d) => d.value), ['2023-01-11']);
});

test('dates: a day or month without a year takes the year nearest to the reference, ties to the past', () => {
  const year = (text: string, ref: string) => dates(text, 'de', ref).map((d) => d.value);
  assert.deepEqual(year('Am 20. Dezember und am 1. März.', '2023-01-13'), ['2022-12-20', '2023-03-01']);
  assert.deepEqual(year('Am 15. Januar.', '2023-07-15'), ['2023-01-15']);
  assert.deepEqual(year('Im Juli, im Januar, im Dezember.', '2023-01-13'), ['2022-07', '2023-01', '2022-12']);
  assert.deepEqual(year('Am 29. Februar.', '2023-01-13'), ['2024-02-29']);
});

test('dates: "einen Tag zuvor" counts from the date mentioned before it', () => {
  const text = 'Unterdessen traf sich Austin am Donnerstag mit Hamada. Einen Tag zuvor trafen sich Austin und Hamada mit Blinken. Zwei Tage später reiste er ab.';
  assert.deepEqual(dates(text, 'de').map(describe),
    ['am Donnerstag = 2023-01-12 event rel', 'Einen Tag zuvor = 2023-01-11 event rel', 'Zwei Tage später = 2023-01-13 event rel']);
  // The anchor may be absolute: then no reference is needed.
  assert.deepEqual(dates('On 5 March 2021 they met; the day before, they called.', 'en', null).map((d) => d.value), ['2021-03-05', '2021-03-04']);
});

test('dates: without a reference, relatives are null and keep what was written; absolutes keep their value', () => {
  const ds = dates('Am 13. Januar, im Dezember, am Mittwoch, gestern, im November 2022, am 12.01.2023.', 'de', null);
  assert.deepEqual(ds.map((d) => [d.value, d.relative, d.partial]), [
    [null, true, '--01-13'], [null, true, '--12'], [null, true, null], [null, true, null], ['2022-11', false, null], ['2023-01-12', false, null],
  ]);
  // A reference that is no ISO date is no reference.
  assert.deepEqual(dates('Gestern.', 'de', 'vorgestern').map((d) => d.value), [null]);
});

test('dates: roles — report for "heute", cues and datelines; event for adverbials; unknown for bare dates', () => {
  const role = (text: string, lang = 'de') => dates(text, lang).map((d) => `${d.text}:${d.role}`);
  assert.deepEqual(role('WASHINGTON, 13. Januar 2023 (Reuters) – Biden traf Kishida.'), ['13. Januar 2023:report']);
  assert.deepEqual(role('Veröffentlicht am 13.01.2023'), ['am 13.01.2023:report']);
  assert.deepEqual(role('13.01.2023'), ['13.01.2023:report']);
  assert.deepEqual(role('Die Zahlen vom 12.01.2023 und 2022 zeigen es.'), ['vom 12.01.2023:event', '2022:unknown']);
  assert.deepEqual(role('Updated: January 13, 2023. On Thursday, Austin met Hamada.', 'en'), ['January 13, 2023:report', 'On Thursday:event']);
});

test('dates: months and weekdays only where the language writes them so', () => {
  assert.deepEqual(dates('You may go; March on; in May; May 5.', 'en').map((d) => d.text), ['in May', 'May 5']);
  assert.deepEqual(dates('He told the Sunday Times on Friday; Friday Trump spoke.', 'en').map((d) => d.text), ['on Friday']);
  // Mid-sentence a capitalised weekday is a name; at a sentence start it cannot be told apart and counts as a day.
  assert.deepEqual(dates('Lo dijo Domingo Pérez el domingo.', 'es').map((d) => d.text), ['el domingo']);
  assert.deepEqual(dates('Ha parlato Sabato Rossi, sabato.', 'it').map((d) => d.text), ['sabato']);
  assert.deepEqual(dates('Der Morgen war kalt, morgen wird es warm.', 'de').map((d) => d.text), ['morgen']);
});

test('dates: unknown languages get numeric dates only; repeated paragraphs are skipped', () => {
  assert.deepEqual(dates('Il 13 gennaio 2023, 2023-01-13, 13.01.2023.', 'und').map((d) => d.text), ['2023', '2023-01-13', '13.01.2023']);
  const text = 'Am Mittwoch.\n\nAm Mittwoch.';
  const paragraphs: Paragraph[] = [{ start: 0, end: 12, kind: 'body', repeatOf: null }, { start: 14, end: 26, kind: 'body', repeatOf: 0 }];
  assert.equal(extractDates({ text, paragraphs, lang: 'de' }, '2023-01-13').length, 1);
});

test('dates: any text gives well-formed mentions and never throws', () => {
  const pieces = fc.constantFrom('am ', 'Am ', 'Mittwoch', '13.', ' Januar', ' 2023', '2022', 'gestern', 'vor ', 'zwei', ' Tagen', 'einen Tag zuvor',
    'im ', 'November', 'the day before', 'last ', 'Tuesday', '1/13/2023', '2023-01-13', 'T10:00', ' um ', '10 Uhr', ', ', '.', '\u00a0', '\n', 'x', "l'", '11 gennaio');
  const text = fc.oneof(fc.array(pieces, { maxLength: 25 }).map((a) => a.join('')), fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
  const ref = fc.oneof(fc.constant(null), fc.constant('2023-01-13'), fc.constant('garbage'), fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }).map((d) => d.toISOString()));
  fc.assert(fc.property(text, fc.constantFrom('de', 'en', 'it', 'fr', 'es', 'pt', 'nl', 'pl', 'und'), ref, (s, lang, r) => {
    let last = 0;
    for (const d of extractDates({ text: s, paragraphs: [], lang }, r)) {
      assert.ok(d.start >= last && d.start < d.end && d.end <= s.length, JSON.stringify(d));
      assert.equal(s.slice(d.start, d.end), d.text);
      if (d.value !== null) assert.match(d.value, /^\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?$/);
      last = d.end;
    }
  }), { numRuns: 1500 });
});
