/** 32-bit FNV-1a: fast, stable across runs and platforms, good enough for shingles and buckets. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `fnv1a(words.slice(from, to).join(' '))`, without building the string: one per shingle of every article. */
export function fnv1aWords(words: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    if (w > from) h = Math.imul(h ^ 0x20, 0x01000193);
    const s = words[w]!;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}
