/**
 * The timeline: what happened when (dates the members mention, with the sentence around each), and
 * when each independent report was published. Translations and copies repeat their original's dates, so
 * only originals contribute events; the same date told by several reports is kept once, earliest member first.
 */
import { factsOf } from '../facts/fact.ts';
import type { TimelineEntry } from './briefing.ts';
import type { MemberView } from './member-view.ts';
import { splitSentences } from './split-sentences.ts';

const PRECISE = /^\d{4}-\d{2}(-\d{2})?/;

export function timeline(members: readonly MemberView[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    if (m.report !== m.id) continue;
    const sentences = splitSentences(m.text, m.paragraphs);
    for (const d of factsOf(m.facts, 'date')) {
      if (d.value === null || !PRECISE.test(d.value) || d.role === 'report') continue;
      const date = d.value.slice(0, 10);
      const s = sentences.find((x) => x.start <= d.start && d.end <= x.end);
      const text = s ? m.text.slice(s.start, s.end).trim() : d.text;
      const key = `${date}\u0000${text.slice(0, 60)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ date, role: 'event', text, article: m.id, start: d.start, end: d.end });
    }
    const reported = m.published ?? m.reportDate;
    if (reported) out.push({ date: reported.slice(0, 10), role: 'report', text: m.title ?? m.id, article: m.id, start: null, end: null });
  }
  // Several dates in one sentence give one entry per date; sort by date, events before reports of the same day.
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.role === b.role ? 0 : a.role === 'event' ? -1 : 1));
}
