/**
 * A bounded, order-keeping map over an async stream: up to `window` items are started ahead of the
 * one the consumer waits for, and results come out strictly in input order. The consumer pulls, so a
 * slow consumer stops the reading: at most `window` inputs and results are held at once.
 */
export async function* inOrder<I, O>(items: AsyncIterable<I>, start: (item: I) => Promise<O>, window: number): AsyncGenerator<O> {
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`parallel: window must be a positive integer, got ${String(window)}`);
  const it = items[Symbol.asyncIterator]();
  const started: Array<Promise<O>> = [];
  let ended = false;
  try {
    for (;;) {
      while (!ended && started.length < window) {
        const next = await it.next();
        if (next.done) ended = true;
        else {
          const p = start(next.value);
          // Waited for in its turn; until then a rejection must not count as unhandled.
          p.catch(() => {});
          started.push(p);
        }
      }
      const head = started.shift();
      if (head === undefined) return;
      yield await head;
    }
  } finally {
    if (!ended) await it.return?.();
  }
}
