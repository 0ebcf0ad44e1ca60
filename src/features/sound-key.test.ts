import assert from 'node:assert/strict';
import { test } from 'node:test';
import { soundKey } from './sound-key.ts';

test('sound keys: one name in many scripts gives one key', () => {
  const golden: Array<[string, string[]]> = [
    ['PTN', ['Biden', 'Байден', 'Μπάιντεν', 'بايدن', 'ביידן', 'बाइडेन', 'বাইডেন', 'ਬਾਈਡਨ', 'બાઇડન', 'பைடன்', 'బైడెన్', 'ಬೈಡನ್', 'ബൈഡൻ', 'බයිඩන්', 'ბაიდენი', 'Բայդեն', 'ባይደን', '바이든', 'バイデン']],
    ['KST', ['Kishida', 'Кисида', 'كيشيدا', 'किशिदा', 'Kischida', 'キシダ']],
    ['STN', ['Washington', 'Вашингтон', 'واشنطن', 'वॉशिंगटन', '워싱턴', 'ワシントン', 'וושינגטון']],
  ];
  for (const [key, words] of golden) for (const w of words) assert.equal(soundKey(w), key, w);
});

test('sound keys: short words, Han and unknown scripts give none', () => {
  assert.equal(soundKey('Ali'), null);
  assert.equal(soundKey('拜登'), null);
  assert.equal(soundKey('Paris2024'), null);
  assert.equal(soundKey('ไบเดน'), null);
});
