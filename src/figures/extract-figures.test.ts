import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Paragraph } from '../article.ts';
import { extractFigures } from './extract-figures.ts';
import type { Figure } from './figure.ts';

const one = (text: string): Paragraph[] => [{ start: 0, end: text.length, kind: 'body', repeatOf: null }];
const figures = (text: string, lang: string) => extractFigures({ text, paragraphs: one(text), lang });

/** "text = value[min..max] unit measure about si=…": one line says all a figure holds. */
function describe(f: Figure): string {
  const range = f.min === null ? '' : `[${f.min}..${f.max}]`;
  const si = f.si ? ` si=${f.si.value}${f.si.unit}` : '';
  return `${f.text} = ${f.value}${range} ${f.unit ?? '-'} ${f.measure} ${f.about ?? '-'}${si}`;
}

const GOLDEN: Record<string, Array<[string, string[]]>> = {
  de: [
    ['Die Inflation lag bei 8,7 Prozent.', ['8,7 Prozent = 8.7 % percent -']],
    ['Der Etat wächst um 1,5 Mrd. Euro auf 52,3 Milliarden Euro.', ['1,5 Mrd. Euro = 1500000000 EUR money -', '52,3 Milliarden Euro = 52300000000 EUR money -']],
    ['Rund 1.200 Menschen wurden evakuiert.', ['1.200 = 1200 - count menschen']],
    ['Die Strecke ist 12,5 km lang.', ['12,5 km = 12.5 km length - si=12500m']],
    ['Das Schiff hat 3.000 Tonnen Ladung.', ['3.000 Tonnen = 3000 t mass ladung si=3000000kg']],
    ['Der Park umfasst 250 Hektar.', ['250 Hektar = 250 ha area - si=2500000m2']],
    ['Eine Fläche von 1.200 Quadratkilometern.', ['1.200 Quadratkilometern = 1200 km2 area - si=1200000000m2']],
    ['Die Hilfe beträgt 500 Mio. US-Dollar.', ['500 Mio. US-Dollar = 500000000 USD money -']],
    ['Die Kosten liegen zwischen 3 und 4 Millionen Euro.', ['3 und 4 Millionen Euro = 3000000[3000000..4000000] EUR money -']],
    ['Er gewann mit 52,4 % der Stimmen.', ['52,4 % = 52.4 % percent stimmen']],
    ['Der Zins stieg um 0,25 Prozentpunkte.', ['0,25 Prozentpunkte = 0.25 pp percent -']],
    ["Der Preis: 1'250 Franken.", ["1'250 Franken = 1250 CHF money -"]],
    ['Drei Menschen starben, zwei wurden verletzt.', ['Drei = 3 - count menschen']],
    ['Der Wehretat soll auf zwei Prozent des Bruttoinlandsproduktes steigen.', ['zwei Prozent = 2 % percent bruttoinlandsprodukt']],
    ['Eine Milliarde Dollar und 5 Mrd. Yen.', ['Eine Milliarde Dollar = 1000000000 USD money -', '5 Mrd. Yen = 5000000000 JPY money -']],
    ['Das BIP schrumpfte um -0,3 % (Vorjahr: +2,1 %).', ['-0,3 % = -0.3 % percent -', '+2,1 % = 2.1 % percent -']],
    ['Laut Polizei 200 Menschen, die Pipeline Nord Stream 2 und 136 km/h.', ['200 = 200 - count menschen']],
  ],
  it: [
    ['Il PIL è cresciuto dello 0,9 per cento.', ['0,9 per cento = 0.9 % percent -']],
    ['Sono stati stanziati 2,5 miliardi di euro.', ['2,5 miliardi di euro = 2500000000 EUR money -']],
    ['Circa 3.000 persone sono state evacuate.', ['3.000 = 3000 - count persone']],
    ['Una distanza di 120 chilometri.', ['120 chilometri = 120 km length - si=120000m']],
    ['Tra 5 e 7 milioni di dollari.', ['5 e 7 milioni di dollari = 5000000[5000000..7000000] USD money -']],
    ['Ha vinto con il 52,4% dei voti.', ['52,4% = 52.4 % percent voti']],
    ['Tre persone sono morte.', ['Tre = 3 - count persone']],
    ['La spesa salirà al 2 per cento del PIL, dell\'80% in più.', ['2 per cento = 2 % percent PIL', "80% = 80 % percent -"]],
    ['Sono arrivati 54 mila soldati, tra 900 e 1800 miglia.', ['54 mila = 54000 - count soldati', '900 e 1800 miglia = 900[900..1800] mi length - si=1448409.6m']],
  ],
  en: [
    ['Inflation hit 8.7 percent.', ['8.7 percent = 8.7 % percent -']],
    ['The budget grows by $1.5bn to $52.3 billion.', ['$1.5bn = 1500000000 USD money -', '$52.3 billion = 52300000000 USD money -']],
    ['About 1,200 people were evacuated.', ['1,200 = 1200 - count people']],
    ['The route is 12.5 miles long.', ['12.5 miles = 12.5 mi length - si=20116.8m']],
    ['The ship carries 3,000 tonnes of cargo.', ['3,000 tonnes = 3000 t mass cargo si=3000000kg']],
    ['Costs range between 3 and 4 million euros.', ['3 and 4 million euros = 3000000[3000000..4000000] EUR money -']],
    ['He won 52.4% of the vote.', ['52.4% = 52.4 % percent vote']],
    ['Three people died.', ['Three = 3 - count people']],
    ['A £2.5 billion deal.', ['£2.5 billion = 2500000000 GBP money deal']],
    ['Spending will reach two percent of GDP.', ['two percent = 2 % percent GDP']],
    ['About 54,000 American soldiers, missiles with a range of 900-1,800 miles.', ['54,000 = 54000 - count soldiers', '900-1,800 miles = 900[900..1800] mi length - si=1448409.6m']],
    ['5 pounds of flour, 5 billion pounds of aid, 600 sq km.', ['5 pounds = 5 lb mass flour si=2.26796185kg', '5 billion pounds = 5000000000 GBP money aid', '600 sq km = 600 km2 area - si=600000000m2']],
  ],
  fr: [
    ["L'inflation a atteint 5,2 %.", ['5,2 % = 5.2 % percent -']],
    ["Un budget de 3,5 milliards d'euros.", ["3,5 milliards d'euros = 3500000000 EUR money -"]],
    ['Environ 1 200 personnes ont été évacuées.', ['1 200 = 1200 - count personnes']],
    ['Un trajet de 12,5 kilomètres.', ['12,5 kilomètres = 12.5 km length - si=12500m']],
    ['Entre 3 et 4 millions de dollars.', ['3 et 4 millions de dollars = 3000000[3000000..4000000] USD money -']],
    ['Trois personnes sont mortes.', ['Trois = 3 - count personnes']],
    ['Les dépenses atteindront 2 % du PIB.', ['2 % = 2 % percent PIB']],
    ['Environ 54\u202f000 soldats.', ['54\u202f000 = 54000 - count soldats']],
    ['Ses 1,5 million de livres sterling ne suffisaient plus.', ['1,5 million de livres sterling = 1500000 GBP money -']],
  ],
  es: [
    ['La inflación llegó al 8,3 por ciento.', ['8,3 por ciento = 8.3 % percent -']],
    ['Un presupuesto de 3.500 millones de euros.', ['3.500 millones de euros = 3500000000 EUR money -']],
    ['Unas 1.200 personas fueron evacuadas.', ['1.200 = 1200 - count personas']],
    ['Una distancia de 12,5 kilómetros.', ['12,5 kilómetros = 12.5 km length - si=12500m']],
    ['Entre 3 y 4 millones de dólares.', ['3 y 4 millones de dólares = 3000000[3000000..4000000] USD money -']],
    ['En lugar de 10,000 personas, 2.5 millones.', ['10,000 = 10000 - count personas', '2.5 millones = 2500000 - number -']],
    ['Tres personas murieron.', ['Tres = 3 - count personas']],
    ['El gasto llegará al 2 % del PIB; 3 mil millones de euros.', ['2 % = 2 % percent PIB', '3 mil millones de euros = 3000000000 EUR money -']],
  ],
  pt: [
    ['A inflação chegou a 5,8%.', ['5,8% = 5.8 % percent -']],
    ['Um orçamento de 3,5 mil milhões de euros.', ['3,5 mil milhões de euros = 3500000000 EUR money -']],
    ['Cerca de 1.200 pessoas foram retiradas.', ['1.200 = 1200 - count pessoas']],
    ['Uma distância de 12,5 quilómetros.', ['12,5 quilómetros = 12.5 km length - si=12500m']],
    ['Entre 3 e 4 milhões de dólares.', ['3 e 4 milhões de dólares = 3000000[3000000..4000000] USD money -']],
    ['Três pessoas morreram.', ['Três = 3 - count pessoas']],
    ['A despesa chegará a 2% do PIB.', ['2% = 2 % percent PIB']],
    ['Chuvas de 5 a 7 mm e 10 000 pessoas; ligue 0800 555 111 hoje.', ['5 a 7 mm = 5[5..7] mm length - si=0.005m', '10 000 = 10000 - count pessoas']],
  ],
  nl: [
    ['De inflatie bedroeg 8,7 procent.', ['8,7 procent = 8.7 % percent -']],
    ['Een begroting van 3,5 miljard euro.', ['3,5 miljard euro = 3500000000 EUR money -']],
    ['Zo’n 1.200 mensen werden geëvacueerd.', ['1.200 = 1200 - count mensen']],
    ['Een afstand van 12,5 kilometer.', ['12,5 kilometer = 12.5 km length - si=12500m']],
    ['Tussen 3 en 4 miljoen dollar.', ['3 en 4 miljoen dollar = 3000000[3000000..4000000] USD money -']],
    ['Drie mensen kwamen om.', ['Drie = 3 - count mensen']],
    ['Ongeveer 54.000 Amerikaanse soldaten; 2 procent van het bbp.', ['54.000 = 54000 - count soldaten', '2 procent = 2 % percent bbp']],
  ],
  pl: [
    ['Inflacja wyniosła 17,2 proc.', ['17,2 proc. = 17.2 % percent -']],
    ['Budżet wynosi 3,5 mld zł.', ['3,5 mld zł = 3500000000 PLN money -']],
    ['Około 1200 osób ewakuowano.', ['1200 = 1200 - count osób']],
    ['Odległość 12,5 km.', ['12,5 km = 12.5 km length - si=12500m']],
    ['Od 3 do 4 mln dolarów.', ['3 do 4 mln dolarów = 3000000[3000000..4000000] USD money -']],
    ['Trzy osoby zginęły.', ['Trzy = 3 - count osoby']],
    ['Ewakuowano 54 000 osób; 54 tys. amerykańskich żołnierzy; 2 proc. PKB.', ['54 000 = 54000 - count osób', '54 tys. = 54000 - count żołnierzy', '2 proc. = 2 % percent PKB']],
  ],
};

test('figures: golden table per language', () => {
  for (const [lang, rows] of Object.entries(GOLDEN)) {
    for (const [text, expected] of rows) assert.deepEqual(figures(text, lang).map(describe), expected, `${lang}: ${text}`);
  }
});

test('figures: ids, labels, ordinals, times, years, dates and formulas are not figures', () => {
  const none: Array<[string, string]> = [
    ['de', 'Artikel 5, die G7, das 2+2-Treffen, im 21st Jahrhundert, die 12th Division, (2.v.l.), der 15-köpfige Rat.'],
    ['de', 'Der 2. Weltkrieg, um 10 Uhr, um 10:30, am 13. Januar, bis 2026, im November 2022, am 12.01.2023, Tel. +49 30 1234567.'],
    ['de', 'Die Nummer 3 der Welt und § 218, Seite 12, Nr. 7, die 1990er.'],
    ['en', 'Flight 370 and the F-35 and COVID-19 and 24/7 coverage.'],
    ['en', 'The 1990s and the 21st century, at 10 a.m., in 2022, on January 13, 5G networks, 3D printing.'],
    ['it', "L'articolo 11 della Costituzione, il 13 gennaio, entro il 2026, alle ore 10."],
    ['fr', "L'article 49.3 de la Constitution, le 1er janvier, en 2023."],
    ['es', 'El artículo 155 de la Constitución, el 13 de enero de 2023, a las 10.'],
    ['pl', 'Artykuł 5 traktatu, 13 stycznia 2023 r., 12. pułk.'],
    ['en', 'The score was 3-2; version 1.2.3; ISBN 1234567890; 31.02.2023; call +49 30 1234567; 2+2=4.'],
    ['en', 'Mother-of-three Willoughby, call 0800 555 111 quoting, winds of 136 km/h, 12 ºC, the Nord Stream 2 pipeline, a packed Bellator 206 only.'],
    ['it', 'Negli anni ‘80 la Nord Stream 2.'],
  ];
  for (const [lang, text] of none) assert.deepEqual(figures(text, lang).map(describe), [], `${lang}: ${text}`);
});

test('figures: the seed story in German — 2 % of GDP, 54,000 soldiers, 1,000 km (600 miles), 900 to 1,800 miles', () => {
  const text = 'Japans Militärreformplan sieht vor, die Verteidigungsausgaben auf 2 % des BIP zu verdoppeln und Raketen zu beschaffen, '
    + 'die Ziele in 1.000 km (600 Meilen) Entfernung treffen können.\n\nDerzeit sind nach Angaben des US-Militärs rund 54.000 amerikanische '
    + 'Soldaten in Japan stationiert. Solche Langstreckenraketen sind in der Lage, Ziele in einer Entfernung von etwa 900 bis 1.800 Meilen zu treffen.';
  const cut = text.indexOf('\n\n');
  const paragraphs: Paragraph[] = [{ start: 0, end: cut, kind: 'body', repeatOf: null }, { start: cut + 2, end: text.length, kind: 'body', repeatOf: null }];
  const fs = extractFigures({ text, paragraphs, lang: 'de' });
  assert.equal(fs.length, 5, fs.map(describe).join('\n'));
  const [gdp, km, miles, soldiers, range] = fs as [Figure, Figure, Figure, Figure, Figure];
  assert.deepEqual([gdp.text, gdp.value, gdp.unit, gdp.measure, gdp.about, gdp.si], ['2 %', 2, '%', 'percent', 'BIP', null]);
  assert.deepEqual([km.value, km.unit, km.si], [1000, 'km', { value: 1_000_000, unit: 'm' }]);
  assert.deepEqual([miles.value, miles.unit, miles.si], [600, 'mi', { value: 965_606.4, unit: 'm' }]);
  assert.deepEqual([soldiers.text, soldiers.value, soldiers.unit, soldiers.measure, soldiers.about], ['54.000', 54000, null, 'count', 'soldaten']);
  assert.deepEqual([range.text, range.value, range.min, range.max, range.unit, range.si],
    ['900 bis 1.800 Meilen', 900, 900, 1800, 'mi', { value: 1_448_409.6, unit: 'm' }]);
  for (const f of fs) assert.equal(text.slice(f.start, f.end), f.text);
  // The SI factor carries over to the upper end of a range.
  assert.equal(Math.round(range.max! * range.si!.value / range.value), 2_896_819);
});

test('figures: repeated paragraphs are skipped; no paragraphs means the whole text', () => {
  const text = 'Rund 54.000 Soldaten.\n\nRund 54.000 Soldaten.';
  const paragraphs: Paragraph[] = [{ start: 0, end: 21, kind: 'body', repeatOf: null }, { start: 23, end: 44, kind: 'body', repeatOf: 0 }];
  assert.equal(extractFigures({ text, paragraphs, lang: 'de' }).length, 1);
  assert.equal(extractFigures({ text, paragraphs: [], lang: 'de' }).length, 2);
});

test('figures: any text gives well-formed figures and never throws', () => {
  const pieces = fc.constantFrom('1.000', '1,5', '54 000', ' km', ' Meilen', ' bis ', ' to ', '-', ' %', ' Prozent', ' Mrd.', ' Euro', '$', '€',
    'zwei', 'eine', ' Milliarden', ' of GDP', ' des BIP', ' Soldaten', 'am ', '13. Januar', ' 2022', '(', ')', '.', ', ', '\u00a0', '\n', 'x');
  const text = fc.oneof(fc.array(pieces, { maxLength: 25 }).map((a) => a.join('')), fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
  fc.assert(fc.property(text, fc.constantFrom('de', 'en', 'it', 'fr', 'es', 'pt', 'nl', 'pl', 'und'), (s, lang) => {
    let last = 0;
    for (const f of extractFigures({ text: s, paragraphs: [], lang })) {
      assert.ok(f.start >= last && f.start < f.end && f.end <= s.length, JSON.stringify(f));
      assert.equal(s.slice(f.start, f.end), f.text);
      assert.ok(Number.isFinite(f.value));
      if (f.min !== null) assert.ok(f.min <= f.max!);
      last = f.end;
    }
  }), { numRuns: 1500 });
});
