/** A comparison key for a paragraph: NFC, case-folded, whitespace and quote styles collapsed. */
export function paragraphKey(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[„“”«»‟"‘’‚‹›']/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
