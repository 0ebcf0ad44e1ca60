/**
 * The briefing as one self-contained HTML page (`parallax story ID --html`): no script, no external
 * resource, every piece of article content escaped, and a Content-Security-Policy that forbids the rest.
 */
import type { Briefing } from './briefing.ts';
import { valueText, writtenAs } from './render-briefing.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderBriefingHtml(b: Briefing): string {
  const num = new Map(b.sources.map((s, i) => [s.article, i + 1]));
  const cite = (ids: readonly string[]) => ids.map((id) => `<a href="#src-${num.get(id as never)}">[${num.get(id as never)}]</a>`).join('');
  const rows = b.ledger.map((r) => `<tr class="${r.status}"><td>${esc(r.about ?? '')}</td><td>${r.measure}</td><td>${r.values
    .map((v) => `${esc(valueText(v))} ${esc(writtenAs(v))}${cite([...new Set(v.given.map((g) => g.article))])}`).join('<br>')}</td><td>${r.status}</td></tr>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(b.title ?? b.id)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem;text-align:left;vertical-align:top}
tr.conflict{background:#fff1e0}tr.agree{background:#eef9ee}.meta{color:#555}blockquote{margin:.3rem 0 .3rem 1rem;color:#333}</style>
</head><body>
<h1>${esc(b.title ?? b.id)}</h1>
<p class="meta">story ${esc(b.id)} · topic ${esc(b.topic)} · ${b.articles} articles, ${b.independentReports} independent reports · ${esc(b.languages.join(', '))}</p>
<h2>Summary</h2><ul>${b.summary.map((s) => `<li>${esc(s.text)} ${cite(s.cites)}</li>`).join('')}</ul>
<h2>Timeline</h2><ul>${b.timeline.map((t) => `<li><b>${esc(t.date)}</b> ${t.role === 'report' ? '(report) ' : ''}${esc(t.text)} ${cite([t.article])}</li>`).join('')}</ul>
<h2>People</h2>${b.people.map((p) => `<h3>${esc(p.name)}${p.roles.length ? ` <small>(${esc(p.roles.join(', '))})</small>` : ''}</h3>${p.quotes
    .map((q) => `<blockquote lang="${esc(q.lang)}">${q.direct ? '“' : ''}${esc(q.text)}${q.direct ? '”' : ''} ${cite([q.article])}</blockquote>`).join('')}`).join('')}
<h2>Fact ledger</h2><table><tr><th>about</th><th>measure</th><th>values</th><th>status</th></tr>
${rows}</table>
<h2>Sources</h2><ol>${b.sources.map((s, i) => `<li id="src-${i + 1}" lang="${esc(s.lang)}">${esc(s.article)} (${esc(s.lang)}) ${esc(s.source ?? '')} ${esc(s.title ?? '')}${s.relation ? ` — ${s.relation.kind} of [${num.get(s.relation.of) ?? esc(s.relation.of)}]` : ''}${s.provenance.length ? ` — from ${esc(s.provenance.join(', '))}` : ''}</li>`).join('')}</ol>
</body></html>
`;
}
