import type { ArticleRecord, Stage } from '../article.ts';
import { detectLanguage, LANGUAGE_TEXT_READ } from './detect-language.ts';
import { toPrimarySubtag } from './language-codes.ts';

/**
 * The title and analysed paragraphs joined by newlines, as far as detectLanguage reads: a long article's
 * tail is neither cut out nor joined.
 */
function languageText(rec: ArticleRecord): string {
  const parts: string[] = rec.title ? [rec.title] : [];
  let length = rec.title ? rec.title.length : -1;
  for (const p of rec.paragraphs) {
    if (length >= LANGUAGE_TEXT_READ) break;
    if (p.repeatOf !== null) continue;
    parts.push(rec.text.slice(p.start, p.end));
    length += 1 + p.end - p.start;
  }
  return parts.join('\n');
}

/**
 * The article's language from its analysed paragraphs and title. A declared language (JSON `lang`,
 * HTML `lang`) is a hint only: pages often declare their site's language, not the article's. It is used
 * when detection cannot decide, and a disagreement is reported.
 */
export const detectArticleLanguage: Stage = (rec: ArticleRecord): ArticleRecord => {
  const guess = detectLanguage(languageText(rec));
  const declared = rec.declaredLang ? toPrimarySubtag(rec.declaredLang) : null;
  if (guess.code === 'und' && declared && declared !== 'und') {
    return {
      ...rec,
      lang: { code: declared, confidence: 0.5, second: guess.second },
      messages: [...rec.messages, { stage: 'language', code: 'declared-language-used', message: `language could not be detected; using the declared "${rec.declaredLang}"`, level: 'info' }],
    };
  }
  if (declared && guess.code !== 'und' && declared !== guess.code && guess.confidence >= 0.5) {
    return {
      ...rec,
      lang: guess,
      messages: [...rec.messages, { stage: 'language', code: 'declared-language-differs', message: `declared language "${rec.declaredLang}" but the text reads as "${guess.code}"`, level: 'info' }],
    };
  }
  return { ...rec, lang: guess };
};
