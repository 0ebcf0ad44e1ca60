import type { ArticleId } from '../article.ts';
import type { Fact } from '../facts/fact.ts';
import type { Store } from '../store/store.ts';

export type FactExport = 'entities' | 'quotes' | 'figures' | 'dates' | 'provenance';

/** The JSONL line of one fact, in the field names the export documents; null when it is not of this export. */
function line(what: FactExport, article: ArticleId, text: string, f: Fact): Record<string, unknown> | null {
  switch (f.kind) {
    case 'entity':
      return what === 'entities' ? { article, text: f.text, start: f.start, end: f.end, type: f.type, entity: f.entity, role: f.role } : null;
    case 'quote':
      return what === 'quotes'
        ? { article, quote: text.slice(f.start, f.end), start: f.start, end: f.end, direct: f.direct, speaker: f.speaker, speakerText: f.speakerText, speakerStart: f.speakerStart, speakerEnd: f.speakerEnd }
        : null;
    case 'figure':
      return what === 'figures' ? { article, text: f.text, start: f.start, end: f.end, value: f.value, min: f.min, max: f.max, unit: f.unit, si: f.si, about: f.about } : null;
    case 'date':
      return what === 'dates' ? { article, text: f.text, start: f.start, end: f.end, value: f.value, kind: f.role } : null;
    case 'provenance':
      return what === 'provenance' ? { article, text: f.text, start: f.start, end: f.end, source: f.source, via: f.via } : null;
  }
}

/** `parallax export entities|quotes|figures|dates|provenance`: one JSON line per fact, articles in ingest order. */
export async function exportFacts(store: Store, what: FactExport, out: NodeJS.WritableStream): Promise<void> {
  const ids: ArticleId[] = [];
  for await (const a of store.articles()) ids.push(a.id);
  for (const id of ids) {
    const a = await store.article(id);
    if (!a) continue;
    for (const f of a.facts) {
      const l = line(what, a.id, a.text, f);
      if (l) out.write(`${JSON.stringify(l)}\n`);
    }
  }
}
