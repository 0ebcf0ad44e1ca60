/**
 * Quote extraction scored against attribution corpora in brat standoff (PolNeAR: `text/NAME.txt` and
 * `attributions/NAME_ANNOTATOR.ann` with Source, Cue and Content spans linked by Attribution events).
 *
 * A gold attribution is direct when its Content, as written in the gold text, is enclosed in quote marks; all
 * others are indirect. A gold attribution is found when the predictions of its kind together cover at least half
 * of its Content; a prediction is correct when it overlaps a found gold attribution of its kind. A direct
 * prediction inside an indirect attribution ("called it “a disaster”") therefore counts against precision.
 * The speaker of a found attribution is right when the predicted speaker span overlaps the gold Source, or the
 * Source's coreferent: the words it was resolved through (a pronoun, a role noun) are the Source, or another
 * mention of the same entity is (PolNeAR has no coreference chains; the entity ids stand in for them).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PrecisionRecall } from './metrics.ts';

export type Span = readonly [number, number];

export interface GoldAttribution {
  content: Span[];
  sources: Span[];
  direct: boolean;
}

export interface PredictedQuote {
  start: number;
  end: number;
  direct: boolean;
  speaker: Span | null;
  /** The words the speaker was read from (pronoun, role noun, name), when there were any, and what they were. */
  subject: Span | null;
  subjectKind: 'mention' | 'pronoun' | 'implicit' | 'role' | null;
  /** Every mention of the speaker's entity in the document: a source naming the same entity is the same speaker. */
  speakerMentions: Span[];
}

export interface KindCounts {
  gold: number;
  predicted: number;
  found: number;
  correct: number;
}

export interface SpeakerCounts {
  /** Found gold attributions that name a Source. */
  scored: number;
  /** Of those, predicted speaker overlaps the Source, or was resolved through the Source's words. */
  right: number;
  /** Of those, predicted speaker span overlaps the Source span itself. */
  strict: number;
  /** Right through the Source's pronoun (or a dropped one), its role noun, or another mention of the same entity. */
  pronoun: number;
  role: number;
  entity: number;
}

export interface DocumentScore {
  direct: KindCounts;
  indirect: KindCounts;
  speaker: SpeakerCounts;
  /** Direct predictions counted wrong that lie in an indirect attribution: quoted words inside reported speech. */
  directInIndirect: number;
}

const OPEN = /^[\s]*(?:["“”„‟«»‹›‘‚'「『]|'')/u;
const CLOSE = /(?:["“”‟«»‹›’'」』]|'')[\s.,;:!?]*$/u;

/** Is the content enclosed in quote marks, inside its span or right around it? */
export function isDirectContent(text: string, content: readonly Span[]): boolean {
  const start = Math.min(...content.map((s) => s[0]));
  const end = Math.max(...content.map((s) => s[1]));
  const inner = text.slice(start, end);
  const opens = OPEN.test(inner) || OPEN.test(text.slice(Math.max(0, start - 2), start + 1).trimStart());
  const closes = CLOSE.test(inner) || /^[\s]*["“”’'»«」』]/u.test(text.slice(end, end + 2));
  return opens && closes && /[\p{L}\p{N}]/u.test(inner);
}

/** The attributions of one brat .ann file (events whose Content is a text-bound span); same Content counted once. */
export function readBrat(ann: string, text: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const byContent = new Map<string, GoldAttribution>();
  const lines = ann.split('\n');
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('T') || !body) continue;
    const ranges = body.slice(body.indexOf(' ') + 1).split(';').map((r) => r.trim().split(/\s+/).map(Number) as unknown as Span);
    if (ranges.every((r) => Number.isInteger(r[0]) && Number.isInteger(r[1]))) spans.set(id, ranges);
  }
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('E') || !body) continue;
    const roles = new Map(body.split(/\s+/).map((p) => p.split(':') as [string, string]));
    const contentId = roles.get('Content');
    const content = contentId ? spans.get(contentId) : undefined;
    if (!contentId || !content) continue;
    const source = roles.get('Source');
    const entry = byContent.get(contentId) ?? { content, sources: [], direct: isDirectContent(text, content) };
    if (source && spans.has(source)) entry.sources.push(...spans.get(source)!);
    byContent.set(contentId, entry);
  }
  return [...byContent.values()];
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const length = (spans: readonly Span[]): number => spans.reduce((n, s) => n + s[1] - s[0], 0);
const touches = (a: Span | null, spans: readonly Span[]): boolean => a !== null && spans.some((s) => overlap(a, s) > 0);

/** Scores one document's predictions against its gold attributions. */
export function scoreDocument(gold: readonly GoldAttribution[], predicted: readonly PredictedQuote[]): DocumentScore {
  const speaker: SpeakerCounts = { scored: 0, right: 0, strict: 0, pronoun: 0, role: 0, entity: 0 };
  const kind = (direct: boolean): KindCounts => {
    const golds = gold.filter((g) => g.direct === direct);
    const preds = predicted.filter((p) => p.direct === direct);
    const correct = new Set<PredictedQuote>();
    let found = 0;
    for (const g of golds) {
      const covering = preds.filter((p) => g.content.some((s) => overlap([p.start, p.end], s) > 0));
      const covered = covering.reduce((n, p) => n + g.content.reduce((m, s) => m + overlap([p.start, p.end], s), 0), 0);
      if (covering.length === 0 || covered * 2 < length(g.content)) continue;
      found++;
      for (const p of covering) correct.add(p);
      if (!direct || g.sources.length === 0) continue;
      const best = covering.reduce((a, b) => (overlapWith(g, b) > overlapWith(g, a) ? b : a));
      speaker.scored++;
      const strict = touches(best.speaker, g.sources);
      if (strict) speaker.strict++;
      if (strict) speaker.right++;
      else if (best.speaker !== null && touches(best.subject, g.sources)) {
        speaker.right++;
        if (best.subjectKind === 'role') speaker.role++;
        else speaker.pronoun++;
      } else if (best.speaker !== null && best.speakerMentions.some((m) => touches(m, g.sources))) {
        speaker.right++;
        speaker.entity++;
      }
    }
    return { gold: golds.length, predicted: preds.length, found, correct: correct.size };
  };
  const direct = kind(true);
  const directInIndirect = predicted.filter((p) => p.direct
    && !gold.some((g) => g.direct && g.content.some((s) => overlap([p.start, p.end], s) > 0))
    && gold.some((g) => !g.direct && g.content.some((s) => overlap([p.start, p.end], s) > 0))).length;
  return { direct, indirect: kind(false), speaker, directInIndirect };
}

function overlapWith(g: GoldAttribution, p: PredictedQuote): number {
  return g.content.reduce((n, s) => n + overlap([p.start, p.end], s), 0);
}

export function precisionRecall(c: KindCounts): PrecisionRecall {
  const precision = c.predicted === 0 ? 1 : c.correct / c.predicted;
  const recall = c.gold === 0 ? 1 : c.found / c.gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export function addScores(a: DocumentScore, b: DocumentScore): DocumentScore {
  const k = (x: KindCounts, y: KindCounts): KindCounts => ({ gold: x.gold + y.gold, predicted: x.predicted + y.predicted, found: x.found + y.found, correct: x.correct + y.correct });
  return {
    direct: k(a.direct, b.direct),
    indirect: k(a.indirect, b.indirect),
    speaker: {
      scored: a.speaker.scored + b.speaker.scored, right: a.speaker.right + b.speaker.right, strict: a.speaker.strict + b.speaker.strict,
      pronoun: a.speaker.pronoun + b.speaker.pronoun, role: a.speaker.role + b.speaker.role, entity: a.speaker.entity + b.speaker.entity,
    },
    directInIndirect: a.directInIndirect + b.directInIndirect,
  };
}

export const emptyScore = (): DocumentScore => ({
  direct: { gold: 0, predicted: 0, found: 0, correct: 0 },
  indirect: { gold: 0, predicted: 0, found: 0, correct: 0 },
  speaker: { scored: 0, right: 0, strict: 0, pronoun: 0, role: 0, entity: 0 },
  directInIndirect: 0,
});

export interface CorpusDocument {
  name: string;
  text: string;
  gold: GoldAttribution[];
}

/**
 * The documents of a brat attribution corpus directory (`text/` and `attributions/`). Where several annotators
 * annotated one text, the first annotation file in name order is used, so every text counts once.
 */
export function readAttributionCorpus(dir: string): CorpusDocument[] {
  let files: string[];
  try {
    files = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  } catch {
    throw new Error(`quote evaluation: no attributions/ folder in ${dir}; give a PolNeAR split such as ../shared/data/quotes/polnear/dev`);
  }
  const seen = new Set<string>();
  const docs: CorpusDocument[] = [];
  for (const f of files) {
    const name = f.replace(/_[0-9a-f]{4}\.ann$|\.ann$/, '');
    if (seen.has(name)) continue;
    seen.add(name);
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    docs.push({ name, text, gold: readBrat(readFileSync(join(dir, 'attributions', f), 'utf8'), text) });
  }
  return docs;
}
