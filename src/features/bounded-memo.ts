/**
 * A pure function of a word, remembered: names and words recur across articles and within one. The
 * cache is bounded and cleared when full, so memory stays flat however long the stream runs.
 */
export function boundedMemo<T>(fn: (word: string) => T, max: number): (word: string) => T {
  const memo = new Map<string, T>();
  return (word: string): T => {
    let value = memo.get(word);
    if (value === undefined && !memo.has(word)) {
      if (memo.size >= max) memo.clear();
      memo.set(word, (value = fn(word)));
    }
    return value as T;
  };
}
