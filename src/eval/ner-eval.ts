import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Paragraph, Token } from '../article.ts';
import type { TypeModel } from '../entities/retype-spans.ts';
import type { EntityType } from '../entities/entity.ts';
import { entityMentions, extractEntities } from '../entities/extract-entities.ts';
import { makeToken, scanTokens } from '../language/tokenize.ts';

/**
 * Named-entity evaluation on token-per-line gold files: the sentences are joined into plain text (tokens
 * separated by spaces, one sentence a line), run through `extractEntities` as one article, and the mentions
 * scored against the gold spans by exact character span and type, PER/LOC/ORG only.
 *
 * Formats: `kind` (KIND / EVALITA NERMuD: token TAB BIO-tag, blank line between sentences) and `germeval`
 * (GermEval 2014: index TAB token TAB outer TAB inner, `#` lines name the source; outer tags are scored, and
 * OTH, *deriv and *part count as no entity).
 */

export type NerFormat = 'kind' | 'germeval';
export const NER_TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];

export interface NerSentence {
  tokens: string[];
  /** BIO tags over PER/LOC/ORG; every other label is already `O`. */
  tags: string[];
  /** Where the sentence comes from (GermEval's `#` line: its URL or paper and date); absent in KIND. */
  source?: string;
}

export interface NerSpan { start: number; end: number; type: EntityType }

export interface NerCounts { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

export interface NerEvaluation {
  sentences: number;
  tokens: number;
  goldMentions: number;
  predictedMentions: number;
  overall: NerCounts;
  byType: Record<EntityType, NerCounts>;
  milliseconds: number;
}

const KEEP = /^([BI])-(PER|LOC|ORG)$/;

function keepTag(tag: string): string {
  return KEEP.test(tag) ? tag : 'O';
}

/** Sentences of a gold file; throws (naming the line) when a line does not fit the format. */
export function parseNerFile(content: string, format: NerFormat): NerSentence[] {
  const out: NerSentence[] = [];
  let cur: NerSentence = { tokens: [], tags: [] };
  let source: string | undefined;
  const flush = () => {
    if (cur.tokens.length > 0) out.push(source === undefined ? cur : { ...cur, source });
    cur = { tokens: [], tags: [] };
  };
  content.split(/\r?\n/).forEach((line, n) => {
    if (line.trim() === '') return flush();
    const cols = line.split('\t');
    if (format === 'germeval') {
      if (cols[0] === '#') { flush(); source = cols[1]?.trim() || undefined; return; }
      if (cols.length < 3) throw new Error(`ner-eval: line ${n + 1} has ${cols.length} columns; GermEval needs index TAB token TAB outer-tag TAB inner-tag`);
      cur.tokens.push(cols[1]!);
      cur.tags.push(keepTag(cols[2]!));
    } else {
      if (cols.length < 2) throw new Error(`ner-eval: line ${n + 1} has no tab; KIND needs token TAB BIO-tag (use --format germeval for GermEval files)`);
      cur.tokens.push(cols[0]!);
      cur.tags.push(keepTag(cols[cols.length - 1]!));
    }
  });
  flush();
  return out;
}

/** The plain text of the sentences (tokens joined by spaces, a sentence a line) and the gold spans in it. */
export function goldText(sentences: readonly NerSentence[]): { text: string; paragraphs: Paragraph[]; gold: NerSpan[] } {
  let text = '';
  const paragraphs: Paragraph[] = [];
  const gold: NerSpan[] = [];
  for (const s of sentences) {
    const start = text.length;
    let open: NerSpan | null = null;
    s.tokens.forEach((tok, i) => {
      if (i > 0) text += ' ';
      const tag = s.tags[i]!;
      const m = KEEP.exec(tag);
      const tokStart = text.length;
      text += tok;
      if (m && (m[1] === 'B' || !open || open.type !== m[2])) {
        if (open) gold.push(open);
        open = { start: tokStart, end: text.length, type: m[2] as EntityType };
      } else if (m && open) open.end = text.length;
      else if (!m && open) { gold.push(open); open = null; }
    });
    if (open) gold.push(open);
    paragraphs.push({ start, end: text.length, kind: 'body', repeatOf: null });
    text += '\n';
  }
  return { text, paragraphs, gold };
}

export function tokensOf(text: string, paragraphs: readonly Paragraph[], lang: string): Token[] {
  return paragraphs.flatMap((p, i) => scanTokens(text.slice(p.start, p.end), p.start).map((r) => makeToken(r, i, lang)));
}

export function counts(tp: number, fp: number, fn: number): NerCounts {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Exact span + type scores, per type and over all types. */
export function scoreSpans(gold: readonly NerSpan[], predicted: readonly NerSpan[]): { overall: NerCounts; byType: Record<EntityType, NerCounts> } {
  const key = (s: NerSpan) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  const byType = {} as Record<EntityType, NerCounts>;
  let TP = 0, FP = 0, FN = 0;
  for (const type of NER_TYPES) {
    const g = gold.filter((s) => s.type === type).map(key);
    const p = [...predKeys].filter((k) => k.endsWith(`:${type}`));
    const tp = p.filter((k) => goldKeys.has(k)).length;
    byType[type] = counts(tp, p.length - tp, new Set(g).size - tp);
    TP += tp; FP += p.length - tp; FN += new Set(g).size - tp;
  }
  return { overall: counts(TP, FP, FN), byType };
}

export interface NerRun { evaluation: NerEvaluation; text: string; gold: NerSpan[]; predicted: NerSpan[] }

/**
 * The labelled sentences run as plain text through the extractor, with the shipped model for `lang`, or
 * with `model` (`null`: the rules alone); names that only modify a compound are left out, as the scorer
 * leaves them out. The time is the extractor's alone.
 */
export function predictMentions(sentences: readonly NerSentence[], lang: string, model?: TypeModel | null): { text: string; gold: NerSpan[]; predicted: NerSpan[]; milliseconds: number } {
  const { text, paragraphs, gold } = goldText(sentences);
  const input = { text, paragraphs, lang, tokens: tokensOf(text, paragraphs, lang) };
  const started = performance.now();
  const mentions = model === undefined ? extractEntities(input) : entityMentions(input, model);
  const milliseconds = performance.now() - started;
  return { text, gold, predicted: mentions.filter((m) => !m.part).map(({ start, end, type }) => ({ start, end, type })), milliseconds };
}

export function evaluateNer(content: string, format: NerFormat, lang: string): NerRun {
  const sentences = parseNerFile(content, format);
  const { text, gold, predicted, milliseconds } = predictMentions(sentences, lang);
  const evaluation: NerEvaluation = {
    sentences: sentences.length,
    tokens: sentences.reduce((n, s) => n + s.tokens.length, 0),
    goldMentions: gold.length,
    predictedMentions: predicted.length,
    ...scoreSpans(gold, predicted),
    milliseconds,
  };
  return { evaluation, text, gold, predicted };
}

export const sha256 = (content: string): string => createHash('sha256').update(content).digest('hex');

/**
 * Was `model` trained on this file? By its content's hash where the model records one, else by the file
 * name its record starts with (models written before the hash was kept). Its score there is in-sample.
 */
export function trainedOnFile(model: TypeModel | null, file: string, content: string): boolean {
  if (!model) return false;
  if (model.trainedOnSha256) return model.trainedOnSha256 === sha256(content);
  return model.trainedOn.startsWith(`${basename(file)}:`);
}
