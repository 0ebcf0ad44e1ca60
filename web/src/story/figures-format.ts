/** Figures as readers expect them: "€1.2 billion", "2 %", "900–1,800 mi", with the SI conversion apart. */

const num = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });

function money(value: number, code: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: code, notation: Math.abs(value) >= 1e6 ? 'compact' : 'standard', compactDisplay: 'long', maximumFractionDigits: 2 }).format(value);
  } catch {
    return `${compact.format(value)} ${code}`;
  }
}

function amount(value: number, unit: string | null): string {
  if (unit && /^[A-Z]{3}$/.test(unit)) return money(value, unit);
  const n = Math.abs(value) >= 1e6 ? compact.format(value) : num.format(value);
  if (!unit) return n;
  const shown = unit === 'km2' ? 'km²' : unit === 'm2' ? 'm²' : unit === 'mi2' ? 'sq mi' : unit;
  return `${n} ${shown}`;
}

export function formatFigure(f: { value: number; min: number | null; max: number | null; unit: string | null }): string {
  if (f.min !== null && f.max !== null && f.max !== f.min) {
    const lo = amount(f.min, f.unit);
    const hi = amount(f.max, f.unit);
    return `${lo} – ${hi}`;
  }
  return amount(f.value, f.unit);
}

/** "= 1,000,000 m" when the figure was converted to another unit; null when there is nothing to add. */
export function formatSi(f: { value: number; unit: string | null; si: { value: number; unit: string } | null }): string | null {
  if (!f.si || f.si.unit === f.unit) return null;
  return `= ${amount(f.si.value, f.si.unit)}`;
}
