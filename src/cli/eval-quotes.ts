import { resolveConfig } from '../config.ts';
import { extractEntities } from '../entities/extract-entities.ts';
import {
  addScores, emptyScore, precisionRecall, readAttributionCorpus, scoreDocument,
  type DocumentScore, type KindCounts, type PredictedQuote,
} from '../eval/quote-eval.ts';
import { analyzeArticle } from '../pipeline.ts';
import { attributeQuotes } from '../quotes/extract-quotes.ts';

export interface QuoteEvaluation {
  documents: number;
  score: DocumentScore;
  seconds: number;
}

/** The quotes the pipeline finds in one text: the article stages, entities, then quotes, as `parallax analyze` runs them. */
export function predictQuotes(name: string, text: string): PredictedQuote[] {
  const rec = analyzeArticle({
    id: name, title: null, text, url: null, declaredLang: null, published: null, source: null, byline: null,
    origin: { file: name }, messages: [],
  }, resolveConfig({}));
  const input = { text: rec.text, paragraphs: rec.paragraphs, lang: rec.lang.code };
  const mentions = extractEntities({ ...input, tokens: rec.tokens });
  return attributeQuotes(input, mentions).map(({ quote: q, subject }) => ({
    start: q.start,
    end: q.end,
    direct: q.direct,
    speaker: q.speakerStart !== null && q.speakerEnd !== null ? [q.speakerStart, q.speakerEnd] as const : null,
    subject: subject ? [subject.start, subject.end] as const : null,
    subjectKind: subject?.kind ?? null,
    speakerMentions: mentions.filter((m) => q.speaker !== null && m.entity === q.speaker).map((m) => [m.start, m.end] as const),
  }));
}

export function evaluateQuoteCorpus(dir: string): QuoteEvaluation {
  const started = performance.now();
  const docs = readAttributionCorpus(dir);
  let score = emptyScore();
  for (const d of docs) score = addScores(score, scoreDocument(d.gold, predictQuotes(d.name, d.text)));
  return { documents: docs.length, score, seconds: (performance.now() - started) / 1000 };
}

const f3 = (x: number) => x.toFixed(3);

function kindRow(c: KindCounts): string {
  const pr = precisionRecall(c);
  return `${f3(pr.precision)} / ${f3(pr.recall)} / ${f3(pr.f1)} (gold ${c.gold}, found ${c.found}; predicted ${c.predicted}, correct ${c.correct})`;
}

export function renderQuoteEvaluation(e: QuoteEvaluation): string {
  const { speaker } = e.score;
  const share = (n: number) => (speaker.scored === 0 ? 1 : n / speaker.scored);
  const rows: Array<[string, string]> = [
    ['documents', String(e.documents)],
    ['direct quotes P / R / F1', kindRow(e.score.direct)],
    ['  wrong ones inside reported speech', `${e.score.directInIndirect} (quoted words the gold marks as part of indirect speech)`],
    ['speaker found (direct)', `${f3(share(speaker.right))} (${speaker.right} of ${speaker.scored} found quotes with a gold source)`],
    ['  speaker span on the source', `${f3(share(speaker.strict))} (${speaker.strict})`],
    ['  through its pronoun / role / entity', `${speaker.pronoun} / ${speaker.role} / ${speaker.entity} (the gold has no coreference: the antecedent is taken on trust)`],
    ['indirect quotes P / R / F1', kindRow(e.score.indirect)],
    ['time', `${e.seconds.toFixed(1)} s`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}

export function quoteEvaluationJson(e: QuoteEvaluation): object {
  const { speaker } = e.score;
  return {
    documents: e.documents,
    direct: { ...precisionRecall(e.score.direct), ...e.score.direct, insideIndirect: e.score.directInIndirect },
    speaker: { ...speaker, found: speaker.scored === 0 ? 1 : speaker.right / speaker.scored, strictShare: speaker.scored === 0 ? 1 : speaker.strict / speaker.scored },
    indirect: { ...precisionRecall(e.score.indirect), ...e.score.indirect },
    seconds: e.seconds,
  };
}

/** `parallax eval-quotes DIR [--json]`: runs the pipeline over a brat attribution corpus and scores the quotes. */
export function evalQuotesCommand(dir: string, json: boolean, out: NodeJS.WritableStream): number {
  const e = evaluateQuoteCorpus(dir);
  out.write(json ? `${JSON.stringify(quoteEvaluationJson(e))}\n` : `${renderQuoteEvaluation(e)}\n`);
  return 0;
}
