import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractQuotes } from './extract-quotes.ts';
import { mentionsOf, paragraphsOf } from './golden.ts';

test('quotes: a language without a lexicon still gets its direct quotes, speaker undecided', () => {
  const text = '「日本は重要な同盟国だ」と岸田首相は述べた。';
  const quotes = extractQuotes({ text, paragraphs: paragraphsOf(text), lang: 'ja' }, []);
  assert.deepEqual(quotes.map((q) => [text.slice(q.start, q.end), q.direct, q.speaker]), [['日本は重要な同盟国だ', true, null]]);
});

test('quotes: a paragraph repeating an earlier one is left out', () => {
  const text = '“We are ready,” Kirby said.\n\n“We are ready,” Kirby said.';
  const paragraphs = paragraphsOf(text).map((p, i) => ({ ...p, repeatOf: i === 1 ? 0 : null }));
  const quotes = extractQuotes({ text, paragraphs, lang: 'en' }, mentionsOf(text, [['Kirby', 'PER', 'per:kirby']]));
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speakerStart, text.indexOf('Kirby'));
});

test('quotes: nothing to find in an empty or quote-free text', () => {
  assert.deepEqual(extractQuotes({ text: '', paragraphs: [], lang: 'de' }, []), []);
  const text = 'Der Regen fiel den ganzen Tag.';
  assert.deepEqual(extractQuotes({ text, paragraphs: paragraphsOf(text), lang: 'de' }, []), []);
});

test('quotes: on any text, spans lie inside it, do not overlap, and a speaker is one of the mentions given', () => {
  const piece = fc.constantFrom(
    'Kirby', 'Biden', 'said', 'sagte', 'ha detto', 'he', 'er', 'the spokesman', 'that', 'dass', 'according to', 'laut',
    'Japan', 'will', 'win', ' ', ' ', ', ', '. ', ': ', '„', '“', '”', '"', '«', '»', "'", '\n\n',
  );
  fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), fc.constantFrom('en', 'de', 'it', 'und'), (pieces, lang) => {
    const text = pieces.join('');
    const mentions = mentionsOf(text, [['Kirby', 'PER', 'per:kirby'], ['Biden', 'PER', 'per:biden'], ['Japan', 'LOC', 'loc:jp']]);
    const quotes = extractQuotes({ text, paragraphs: paragraphsOf(text), lang }, mentions);
    let last = 0;
    for (const q of quotes) {
      assert.ok(q.start >= last && q.start < q.end && q.end <= text.length, JSON.stringify({ text, q }));
      last = q.end;
      if (q.speaker === null) {
        assert.equal(q.speakerText, null);
        continue;
      }
      const m = mentions.find((x) => x.start === q.speakerStart && x.end === q.speakerEnd);
      assert.ok(m && m.entity === q.speaker && m.text === q.speakerText);
    }
  }), { numRuns: 400 });
});
