/**
 * The summary: 3–6 sentences taken from the members, each citing the articles it comes from. A sentence
 * scores by how many independent reports say the same (support), then by how early it stands in its
 * article (news puts the essentials first). Chosen sentences must not repeat each other.
 */
import type { ArticleId } from '../article.ts';
import type { SummarySentence } from './briefing.ts';
import { sentenceSimilarity, signature, similarityOf, type Signature } from './sentence-signature.ts';
import { splitSentences } from './split-sentences.ts';
import type { MemberView } from './member-view.ts';

/** A sentence that may go into the summary, with the reports found to say the same. */
export interface Candidate {
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

/**
 * Marks, for every candidate, the independent reports that say the same (`SAME`). Only sentences that
 * share a stemmed word in one language, or a name or number, can be similar at all, so the shared keys
 * are counted through an index from each key to the sentences that have it, and the pairs decided from
 * the counts. A briefing reads up to 200 members, thousands of sentences: comparing every pair took
 * 1.4–3.0 s for the largest stories of a 100,000-article stream.
 */
export function markSupport(candidates: readonly Candidate[], followers: ReadonlyMap<ArticleId, ArticleId[]>): void {
  const posted = new Map<string, number[]>();
  const post = (key: string, i: number) => {
    const list = posted.get(key);
    if (list) list.push(i);
    else posted.set(key, [i]);
  };
  const wordKeys = candidates.map((c) => [...c.sig.words].map((w) => `${c.lang}\u0000${w}`));
  // Names and numbers count only between sentences that have two or more each.
  const anchorKeys = candidates.map((c) => (c.sig.anchors.size >= 2 ? [...c.sig.anchors] : []).map((x) => `\u0001${x}`));
  candidates.forEach((_, i) => {
    for (const k of wordKeys[i]!) post(k, i);
    for (const k of anchorKeys[i]!) post(k, i);
  });
  const words = new Uint32Array(candidates.length);
  const anchors = new Uint32Array(candidates.length);
  candidates.forEach((a, i) => {
    const touched: number[] = [];
    const count = (counts: Uint32Array, j: number) => {
      if (words[j] === 0 && anchors[j] === 0) touched.push(j);
      counts[j] = counts[j]! + 1;
    };
    for (const k of wordKeys[i]!) for (const j of posted.get(k)!) count(words, j);
    for (const k of anchorKeys[i]!) for (const j of posted.get(k)!) count(anchors, j);
    for (const j of touched) {
      const b = candidates[j]!;
      const similar = a.report !== b.report && similarityOf(a.sig, b.sig, a.lang === b.lang, words[j]!, anchors[j]!) >= SAME;
      words[j] = 0;
      anchors[j] = 0;
      if (!similar || a.reports.has(b.report)) continue;
      a.reports.add(b.report);
      a.cites.add(b.article);
      for (const f of followers.get(b.article) ?? []) a.cites.add(f);
    }
  });
}

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
  markSupport(candidates, followers);
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
