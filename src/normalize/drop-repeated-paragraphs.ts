import type { ArticleRecord, Stage } from '../article.ts';
import { paragraphKey } from './paragraph-key.ts';

// Short lines ("Advertisement", "Foto: dpa") legitimately repeat; only real paragraphs count as repeats.
const MIN_REPEAT_CHARS = 40;

/**
 * Broken CMS exports repeat blocks of an article's own paragraphs. A paragraph equal to an earlier one
 * is kept in place (offsets do not move) but marked with `repeatOf` and left out of every later stage.
 */
export const dropRepeatedParagraphs: Stage = (rec: ArticleRecord): ArticleRecord => {
  const firstSeen = new Map<string, number>();
  let dropped = 0;
  let droppedChars = 0;
  let firstOffset = -1;
  const paragraphs = rec.paragraphs.map((p, i) => {
    const key = paragraphKey(rec.text.slice(p.start, p.end));
    if (key.length < MIN_REPEAT_CHARS) return p;
    const earlier = firstSeen.get(key);
    if (earlier === undefined) {
      firstSeen.set(key, i);
      return p;
    }
    dropped++;
    droppedChars += p.end - p.start;
    if (firstOffset < 0) firstOffset = p.start;
    return { ...p, repeatOf: earlier };
  });
  if (dropped === 0) return { ...rec, paragraphs };
  const total = rec.paragraphs.reduce((n, p) => n + p.end - p.start, 0);
  return {
    ...rec,
    paragraphs,
    messages: [
      ...rec.messages,
      {
        stage: 'normalize',
        code: 'repeated-paragraphs',
        message: `dropped ${dropped} repeated paragraph${dropped === 1 ? '' : 's'} (${droppedChars} of ${total} characters), the first at offset ${firstOffset}`,
        level: 'warning',
      },
    ],
  };
};
