/**
 * The briefing as text for a terminal and as Markdown. Citations are the cited articles' positions in the
 * source list ([1], [2]), so a reader can follow every sentence to where it comes from.
 */
import type { Briefing, LedgerValue } from './briefing.ts';

const fmtNumber = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 3 }));

export function valueText(v: LedgerValue): string {
  const amount = v.max !== null ? `${fmtNumber(v.min ?? v.value)}–${fmtNumber(v.max)}` : fmtNumber(v.value);
  const unit = v.unit ? (v.unit === '%' ? '%' : ` ${v.unit}`) : '';
  const si = v.si && v.unit !== v.si.unit ? ` (= ${fmtNumber(Math.round(v.si.value))}${v.max !== null ? `–${fmtNumber(Math.round((v.max * v.si.value) / v.value))}` : ''} ${v.si.unit})` : '';
  return `${amount}${unit}${si}`;
}

/** The value as the sources wrote it, when they wrote it differently ("1.000 km", "600 Meilen"). */
export function writtenAs(v: LedgerValue): string {
  const forms = [...new Set(v.given.map((g) => g.text))];
  return forms.length > 0 ? `«${forms.join(' · ')}» ` : '';
}

export function renderBriefing(b: Briefing, style: 'text' | 'md'): string {
  const md = style === 'md';
  const num = new Map(b.sources.map((s, i) => [s.article, i + 1]));
  const cite = (ids: readonly string[]) => ids.map((id) => `[${num.get(id as never) ?? '?'}]`).join('');
  const h = (level: number, t: string) => (md ? `${'#'.repeat(level)} ${t}` : level === 1 ? `${t}\n${'='.repeat(Math.min(80, t.length))}` : `\n${t.toUpperCase()}`);
  const out: string[] = [];
  out.push(h(1, b.title ?? b.id));
  out.push(`${md ? '' : '  '}story ${b.id} · topic ${b.topic} · ${b.articles} articles, ${b.independentReports} independent reports · ${b.languages.join(', ')}${b.earliest ? ` · ${b.earliest.slice(0, 10)}${b.latest && b.latest.slice(0, 10) !== b.earliest.slice(0, 10) ? ` – ${b.latest.slice(0, 10)}` : ''}` : ''}`);
  out.push(h(2, 'Summary'));
  for (const s of b.summary) out.push(`${md ? '- ' : '  • '}${s.text} ${cite(s.cites)}`);
  if (b.timeline.length > 0) {
    out.push(h(2, 'Timeline'));
    for (const t of b.timeline) out.push(`${md ? '- ' : '  '}${t.date} ${t.role === 'report' ? '(report)' : '       '} ${t.text.length > 160 ? `${t.text.slice(0, 157)}…` : t.text} ${cite([t.article])}`);
  }
  if (b.people.length > 0) {
    out.push(h(2, 'People'));
    for (const p of b.people) {
      out.push(`${md ? '- **' : '  '}${p.name}${md ? '**' : ''}${p.roles.length ? ` (${p.roles.join(', ')})` : ''} · ${p.mentions} mentions in ${p.articles} articles`);
      for (const q of p.quotes.slice(0, 4)) out.push(`${md ? '  - ' : '      '}${q.direct ? '“' : ''}${q.text.length > 180 ? `${q.text.slice(0, 177)}…` : q.text}${q.direct ? '”' : ' (reported)'} ${cite([q.article])}`);
    }
  }
  if (b.ledger.length > 0) {
    out.push(h(2, 'Fact ledger'));
    if (md) out.push('| about | measure | values (sources) | status |', '|---|---|---|---|');
    for (const r of b.ledger) {
      const values = r.values.map((v) => `${valueText(v)} ${writtenAs(v)}${cite([...new Set(v.given.map((g) => g.article))])}`).join(md ? '<br>' : ' | ');
      out.push(md ? `| ${r.about ?? ''} | ${r.measure} | ${values} | ${r.status} |` : `  ${r.status === 'conflict' ? '≠' : r.status === 'agree' ? '=' : '·'} ${(r.about ?? r.measure).padEnd(24)} ${values}`);
    }
  }
  out.push(h(2, 'Sources'));
  b.sources.forEach((s, i) => {
    const rel = s.relation ? ` — ${s.relation.kind} of [${num.get(s.relation.of) ?? s.relation.of}]` : '';
    const prov = s.provenance.length ? ` — from ${s.provenance.join(', ')}` : '';
    out.push(`${md ? '' : '  '}[${i + 1}] ${s.article} (${s.lang})${s.source ? ` ${s.source}` : ''}${s.published ? ` ${s.published.slice(0, 10)}` : ''}${s.title ? `: ${s.title}` : ''}${rel}${prov}${md ? '  ' : ''}`);
  });
  return out.join('\n');
}
