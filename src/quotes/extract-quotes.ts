/**
 * Quotes of one article, direct and reported, each with its speaker resolved to one of the article's entity
 * mentions. Paragraphs that repeat an earlier one are left out, as everywhere in the analysis.
 */

import type { Paragraph } from '../article.ts';
import type { EntityMention } from '../entities/entity.ts';
import { directCandidates, type Candidate } from './direct-quotes.ts';
import { indirectCandidate, isReportive } from './indirect-speech.ts';
import type { Quote } from './quote.ts';
import { findQuotedSpans, type QuotedSpan } from './quote-marks.ts';
import { SpeakerResolver } from './resolve-speaker.ts';
import { itemize, splitSentences, type Sentence } from './sentence-items.ts';
import { buildProfiles } from './speaker-profile.ts';
import { speechLexicon } from './speech-lexicon.ts';
import type { Subject, SubjectContext } from './subject.ts';

export interface QuoteInput {
  text: string;
  paragraphs: readonly Paragraph[];
  lang: string;
}

/** A quote with the words its speaker was read from (a name, a pronoun, a role noun), for evaluation. */
export interface AttributedQuote {
  quote: Quote;
  subject: { kind: Subject['kind']; start: number; end: number; text: string } | null;
}

/** Paragraph runs joined by quotes that continue across them: each run is read as one stretch of text. */
function blocks(paras: readonly Paragraph[], spans: readonly QuotedSpan[]): Array<{ first: number; last: number }> {
  const out: Array<{ first: number; last: number }> = [];
  const joinedTo = new Map<number, number>();
  for (const s of spans) if (s.lastPara > s.firstPara) joinedTo.set(s.firstPara, Math.max(joinedTo.get(s.firstPara) ?? 0, s.lastPara));
  for (let p = 0; p < paras.length; ) {
    let last = p;
    for (let k = p; k <= last; k++) last = Math.max(last, joinedTo.get(k) ?? k);
    out.push({ first: p, last });
    p = last + 1;
  }
  return out;
}

function sentencesOf(text: string, paras: readonly Paragraph[], spans: readonly QuotedSpan[]): Sentence[] {
  const out: Sentence[] = [];
  for (const b of blocks(paras, spans)) {
    const from = paras[b.first]!.start;
    const to = paras[b.last]!.end;
    const inside = spans.filter((s) => s.open >= from && s.close <= to);
    out.push(...splitSentences(itemize(text, from, to, inside), b.first));
  }
  return out;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function candidates(c: SubjectContext, sentences: readonly Sentence[], english: boolean): Candidate[] {
  const out: Candidate[] = [];
  const used = new Set<number>();
  sentences.forEach((s, i) => {
    const direct = directCandidates(c, s, i, used, sentences[i - 1], sentences[i + 1]);
    out.push(...direct);
    const indirect = indirectCandidate(c, s, i, used, english);
    if (indirect && !direct.some((d) => overlaps(d, indirect))) out.push(indirect);
    else if (direct.length === 0 && !indirect && isReportive(c, s)) {
      // German reported speech carried by the Konjunktiv alone continues the previous sentence's speaker.
      const prev = out[out.length - 1];
      if (prev && prev.sentence === i - 1 && s.para - sentences[i - 1]!.para <= 1) {
        const end = s.items[s.items.length - 1]!.kind === 'punct' ? s.items[s.items.length - 2]?.end ?? s.end : s.end;
        out.push({ start: s.start, end, direct: false, cue: null, subject: null, inherit: true, sentence: i });
      }
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

/** The quotes with the words each speaker was read from; `extractQuotes` is this without them. */
export function attributeQuotes(input: QuoteInput, mentions: readonly EntityMention[]): AttributedQuote[] {
  const { text } = input;
  const lang = (input.lang.split('-')[0] ?? 'und').toLowerCase();
  const lex = speechLexicon(lang);
  const paras = input.paragraphs.filter((p) => p.repeatOf === null);
  const spans = findQuotedSpans(text, paras);
  const sentences = sentencesOf(text, paras, spans);
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const c: SubjectContext = { text, lex, mentions: sorted };
  const found = candidates(c, sentences, lang === 'en');
  const quoted = found.filter((q) => q.direct).map((q) => ({ start: q.start, end: q.end }));
  const resolver = new SpeakerResolver({ text, sentences, mentions: sorted, quoted, profiles: buildProfiles(text, sorted, lex) });
  const speakers: Array<EntityMention | null> = found.map((q) => {
    if (!q.subject) return null;
    const speaker = resolver.resolve(q.subject, q.sentence);
    resolver.record(q.sentence, speaker);
    return speaker;
  });
  // A quote with no cue of its own continues the speaker of the quote before it, or else introduces the one after it.
  const paraOf = (i: number) => sentences[found[i]!.sentence]!.para;
  found.forEach((q, i) => {
    if (!q.inherit) return;
    if (i > 0 && paraOf(i) - paraOf(i - 1) <= 1) speakers[i] = speakers[i - 1]!;
    else if (i + 1 < found.length && !found[i + 1]!.inherit && paraOf(i + 1) - paraOf(i) <= 1) speakers[i] = speakers[i + 1]!;
  });
  const out: AttributedQuote[] = found.map((q, i) => {
    const speaker = speakers[i]!;
    return {
      quote: {
        kind: 'quote', start: q.start, end: q.end, direct: q.direct,
        speaker: speaker?.entity ?? null, speakerText: speaker?.text ?? null,
        speakerStart: speaker?.start ?? null, speakerEnd: speaker?.end ?? null, cue: q.cue?.text ?? null,
      },
      subject: q.subject ? { kind: q.subject.kind, start: q.subject.start, end: q.subject.end, text: q.subject.text } : null,
    };
  });
  return out;
}

/** Direct and reported quotes of one article with their speakers; `speaker: null` when the text does not tell. */
export function extractQuotes(input: QuoteInput, mentions: readonly EntityMention[]): Quote[] {
  return attributeQuotes(input, mentions).map((a) => a.quote);
}
