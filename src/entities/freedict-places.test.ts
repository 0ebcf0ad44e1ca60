import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freedictPlaces } from './freedict-places.ts';

// Entries written in FreeDict's layout: headword line, first sense, indented notes.
const DICT = `Fluss /flˈʊs/ <masc, n, sg>
river <n>
Spree /ʃpɾˈeː/ <fem, n, sg>
 [geogr.] Spree <n>
         Note: river
         Note: Fluss
Harz /hˈaɾts/ <masc, n, sg>
 [geogr.] Harz Mountains <n>
         Note: Gebirge
Maryland /mˈɛɾɪlant/
 [geogr.] Maryland
         Note: state of the US; capital: Annapolis
Freetown /fɾˈiːtaʊn/
 [geogr.] Freetown
         Note: capital of Sierra Leone
Nassersee /nˈasɜzeː/ <masc, n, sg>
 [geogr.] Lake Nasser <n>
Saale /zˈɑːlə/ <fem, n, sg>
Saale <n>
         Note: river
Port Elizabeth /pˈɔɾt eːlˈiːzabɛt/
 [geogr.] Port Elizabeth
         Note: city in South Africa
Hochgebirge /hˈoːxɡəbˌɪɾɡə/ <neut, n, sg>
 [geogr.] high mountain region <n>
Marduk /mˈaɾdʊk/
 [relig.] Marduk
Neuseeland /nɔøzˈeːlant/ (NZ /ˌɛntsˈɛt/) <neut, n, sg>
 [geogr.] New Zealand <n>
`;

const EXPECTED: Array<[headword: string, kind: string | undefined]> = [
  ['spree', 'river'],
  // The earliest kind word of the note wins: a state with a capital is a region, a capital a town.
  ['harz', 'mountain'],
  ['maryland', 'region'],
  ['freetown', 'town'],
  // No note: the English name says it.
  ['nassersee', 'water'],
  // No tag, but a note that names a kind of place.
  ['saale', 'river'],
  ['port elizabeth', 'town'],
  ['neuseeland', 'place'],
  // A common noun of geography, a god, a plain noun: none is a place name.
  ['hochgebirge', undefined],
  ['marduk', undefined],
  ['fluss', undefined],
];

for (const [headword, kind] of EXPECTED) {
  test(`FreeDict places: ${headword} -> ${kind ?? 'none'}`, () => {
    assert.equal(freedictPlaces(DICT).get(headword), kind);
  });
}
