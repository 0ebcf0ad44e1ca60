import type { ArticleRecord, ParagraphKind, Stage } from '../article.ts';

// Photo captions name the people pictured by position or carry a credit; both are language-specific markers.
const POSITION = /\((?:\d+\.\s*)?(?:v\.\s*[lr]\.|[lrm]\.|links|rechts|mitte|left|right|centre|center|front|back|sx|dx|a sinistra|a destra|au centre|à gauche|à droite|izq\.|dcha\.|izquierda|derecha|от?\s*лев[аоы]|справа)\)/i;
const CREDIT_START = /^(?:foto|photo|bild|image|picture|credit|crédit|fotografía|fotografia|zdjęcie|фото|φωτογραφία)\s*[:©|/]/i;
const CREDIT_ANY = /©|\((?:photo|foto|bild|image)\s*:|\|\s*(?:foto|photo|bild)\s*:|\b(?:getty images|afp photo|ap photo|reuters\/|imago images|picture alliance|dpa-bildfunk|ansa\/)\b/i;
const SENTENCE_END = /[.!?…:;,]["“”«»‟'’)]*$|[.!?…]\s*$/u;
const MAX_HEADING_WORDS = 14;
const MAX_HEADING_CHARS = 120;

function classify(line: string, isOnly: boolean): ParagraphKind {
  if (POSITION.test(line) || CREDIT_START.test(line) || CREDIT_ANY.test(line)) {
    // A credit inside a long paragraph is still body text; captions are short.
    if (line.length <= 300 && !/[.!?]\s+\p{Lu}.*[.!?]\s+\p{Lu}/u.test(line)) return 'caption';
  }
  if (isOnly) return 'body';
  const words = line.split(/\s+/).length;
  const stripped = line.replace(/^["“„«»‟'‘’]+|["“”«»‟'‘’]+$/gu, '');
  if (words <= MAX_HEADING_WORDS && line.length <= MAX_HEADING_CHARS && !SENTENCE_END.test(stripped)) {
    return 'heading';
  }
  return 'body';
}

/**
 * Subheadings and photo captions are marked so that they are not read as body sentences
 * (a summary must not quote a caption); their words still count for what the article is about.
 */
export const markCaptions: Stage = (rec: ArticleRecord): ArticleRecord => {
  const isOnly = rec.paragraphs.length === 1;
  const paragraphs = rec.paragraphs.map((p) =>
    p.repeatOf !== null ? p : { ...p, kind: classify(rec.text.slice(p.start, p.end), isOnly) },
  );
  return { ...rec, paragraphs };
};
