/**
 * The summary: 3–6 sentences taken from the members, each citing the articles it comes from. A sentence
 * scores by how many independent reports say the same (support), then by how early it stands in its
 * article (news puts the essentials first). Chosen sentences must not repeat each other.
 */
import type { ArticleId } from '../article.ts';
import type { SummarySentence } from './briefing.ts';
import { sentenceSimilarity, signature, type Signature } from './sentence-signature.ts';
import { splitSentences } from './split-sentences.ts';
import type { MemberView } from './member-view.ts';

interface Candidate {
  article: ArticleId;
  report: ArticleId;
  lang: string;
  text: string;
  index: number;
  sig: Signature;
  cites: Set<ArticleId>;
  reports: Set<ArticleId>;
}

const SAME = 0.5;
const REDUNDANT = 0.45;

export function summarize(members: readonly MemberView[], want = { min: 3, max: 6 }): SummarySentence[] {
  const candidates: Candidate[] = [];
  // Copies and translations repeat their original: the original's sentences stand for them, and cite them.
  const followers = new Map<ArticleId, ArticleId[]>();
  for (const m of members) if (m.report !== m.id) followers.set(m.report, [...(followers.get(m.report) ?? []), m.id]);
  for (const m of members) {
    if (m.report !== m.id) continue;
    for (const s of splitSentences(m.text, m.paragraphs)) {
      const text = m.text.slice(s.start, s.end).trim();
      if (text.length < 40 || text.length > 400) continue;
      candidates.push({
        article: m.id, report: m.report, lang: m.lang, text, index: s.index, sig: signature(text, m.lang),
        cites: new Set([m.id, ...(followers.get(m.id) ?? [])]), reports: new Set([m.report]),
      });
    }
  }
  for (const a of candidates) {
    for (const b of candidates) {
      if (a.report === b.report || a.reports.has(b.report)) continue;
      if (sentenceSimilarity(a.sig, b.sig, a.lang === b.lang) >= SAME) {
        a.reports.add(b.report);
        a.cites.add(b.article);
        for (const f of followers.get(b.article) ?? []) a.cites.add(f);
      }
    }
  }
  const score = (c: Candidate) => c.reports.size * 2 + 1 / (1 + c.index * 0.5);
  const ranked = [...candidates].sort((a, b) => score(b) - score(a) || (a.article < b.article ? -1 : 1) || a.index - b.index);
  const chosen: Candidate[] = [];
  const maxSupport = ranked[0]?.reports.size ?? 0;
  for (const c of ranked) {
    if (chosen.length >= want.max) break;
    // Beyond the minimum, take only sentences that several reports carry, when several reports exist.
    if (chosen.length >= want.min && maxSupport > 1 && c.reports.size < 2) break;
    if (chosen.some((x) => sentenceSimilarity(x.sig, c.sig, x.lang === c.lang) >= REDUNDANT)) continue;
    chosen.push(c);
  }
  const order = new Map(members.map((m, i) => [m.id, i]));
  chosen.sort((a, b) => order.get(a.article)! - order.get(b.article)! || a.index - b.index);
  return chosen.map((c) => ({ text: c.text, cites: [c.article, ...[...c.cites].filter((x) => x !== c.article).sort()], support: c.reports.size }));
}
