import type { ArticleRecord, Stage } from '../article.ts';
import { detectLanguage } from './detect-language.ts';
import { toPrimarySubtag } from './language-codes.ts';

/**
 * The article's language from its analysed paragraphs and title. A declared language (JSON `lang`,
 * HTML `lang`) is a hint only: pages often declare their site's language, not the article's. It is used
 * when detection cannot decide, and a disagreement is reported.
 */
export const detectArticleLanguage: Stage = (rec: ArticleRecord): ArticleRecord => {
  const parts = rec.paragraphs.filter((p) => p.repeatOf === null).map((p) => rec.text.slice(p.start, p.end));
  if (rec.title) parts.unshift(rec.title);
  const guess = detectLanguage(parts.join('\n'));
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
