/**
 * The fact ledger: every figure of a story, grouped by what it measures, with the sources that give each
 * value. A row's values agree when they are equal after conversion to one unit (within 5%, which takes
 * "1.000 Kilometer (600 Meilen)" as one statement); a row with several values is a conflict.
 */
import type { Figure } from '../figures/figure.ts';
import { factsOf } from '../facts/fact.ts';
import type { LedgerRow, LedgerValue } from './briefing.ts';
import type { MemberView } from './member-view.ts';

const CLOSE = 0.05;

interface Given {
  figure: Figure;
  member: MemberView;
}

/** One comparable number per figure: SI value for measures, else the value in its unit. */
const comparable = (f: Figure): { lo: number; hi: number; unit: string } => {
  const factor = f.si ? f.si.value / f.value : 1;
  const unit = f.si?.unit ?? f.unit ?? f.measure;
  return { lo: (f.min ?? f.value) * factor, hi: (f.max ?? f.value) * factor, unit };
};
const close = (a: number, b: number) => Math.abs(a - b) <= CLOSE * Math.max(Math.abs(a), Math.abs(b));
const sameValue = (a: Figure, b: Figure) => {
  const x = comparable(a);
  const y = comparable(b);
  return x.unit === y.unit && close(x.lo, y.lo) && close(x.hi, y.hi);
};

// Measures that share one physical dimension go into one row even when nobody says what they are about.
const DIMENSIONAL = new Set(['length', 'mass', 'area']);

function rowKey(f: Figure): string | null {
  if (DIMENSIONAL.has(f.measure)) return f.measure;
  if (f.measure === 'number') return null;
  return f.about ? `${f.measure}:${f.about.toLowerCase()}` : null;
}

export function factLedger(members: readonly MemberView[]): LedgerRow[] {
  const given: Given[] = [];
  for (const m of members) for (const f of factsOf(m.facts, 'figure')) given.push({ figure: f, member: m });
  // Rows: by measure and subject; a percent or amount without a shared subject joins a row that gives the
  // same value in the same measure (the outlets name the subject differently: "BIP", "Bruttoinlandsprodukt", "PIL").
  const rows: Given[][] = [];
  const keyed = new Map<string, Given[]>();
  for (const g of given) {
    const key = rowKey(g.figure);
    if (key === null) continue;
    let row = keyed.get(key);
    if (!row) {
      row = rows.find((r) => r.some((x) => x.figure.measure === g.figure.measure && x.figure.measure !== 'count' && sameValue(x.figure, g.figure)));
      if (!row) rows.push((row = []));
      keyed.set(key, row);
    }
    row.push(g);
  }
  const out: LedgerRow[] = [];
  for (const row of rows) {
    const values: Array<{ v: LedgerValue; reports: Set<string>; first: Figure }> = [];
    for (const g of row) {
      let slot = values.find((x) => sameValue(x.first, g.figure));
      if (!slot) {
        const f = g.figure;
        values.push((slot = { v: { value: f.value, min: f.min, max: f.max, unit: f.unit, si: f.si, given: [], reports: 0 }, reports: new Set(), first: f }));
      }
      slot.v.given.push({ article: g.member.id, lang: g.member.lang, text: g.figure.text, start: g.figure.start, end: g.figure.end });
      slot.reports.add(g.member.report);
    }
    for (const x of values) x.v.reports = x.reports.size;
    const allReports = new Set(row.map((g) => g.member.report));
    const status = values.length > 1 ? 'conflict' : allReports.size > 1 ? 'agree' : 'single';
    values.sort((a, b) => b.reports.size - a.reports.size || comparable(a.first).lo - comparable(b.first).lo);
    out.push({ about: row[0]!.figure.about, measure: row[0]!.figure.measure, values: values.map((x) => x.v), status });
  }
  const weight = (r: LedgerRow) => r.values.reduce((n, v) => n + v.reports, 0);
  return out.sort((a, b) => Number(b.status === 'conflict') - Number(a.status === 'conflict') || weight(b) - weight(a));
}
