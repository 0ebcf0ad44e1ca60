/**
 * Nests possibly overlapping spans of a text into a tree, so that each span can be rendered as one
 * element around its inner spans: a quote around the names in it, a paragraph around both. Spans
 * sorted earlier are outer: by start, then longer first, then by `rank` (lower is outer). A span
 * that crosses the end of an enclosing one is split there, and its remainder placed after it; each
 * piece keeps the span's item. Offsets are UTF-16 code unit indices, end exclusive.
 */

export interface Span<T> {
  start: number;
  end: number;
  /** For spans of equal extent: the lower rank is the outer one. */
  rank: number;
  item: T;
}

export interface SpanNode<T> {
  start: number;
  end: number;
  /** Null for the root, which covers the whole text. */
  item: T | null;
  /** True for every piece after the first of a span that had to be split. */
  continued: boolean;
  children: SpanNode<T>[];
}

interface Pending<T> extends Span<T> {
  continued: boolean;
  order: number;
}

const before = <T>(a: Pending<T>, b: Pending<T>) => a.start - b.start || b.end - a.end || a.rank - b.rank || a.order - b.order;

/** Inserts into a list kept sorted by `before`. */
function insert<T>(list: Pending<T>[], x: Pending<T>, from: number): void {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid]!, x) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, x);
}

export function nestSpans<T>(length: number, spans: ReadonlyArray<Span<T>>): SpanNode<T> {
  const root: SpanNode<T> = { start: 0, end: length, item: null, continued: false, children: [] };
  const queue: Pending<T>[] = spans
    .map((s, order) => ({ ...s, start: Math.max(0, s.start), end: Math.min(length, s.end), continued: false, order }))
    .filter((s) => s.end > s.start)
    .sort(before);
  const stack: SpanNode<T>[] = [root];
  for (let i = 0; i < queue.length; i++) {
    const s = queue[i]!;
    while (stack.length > 1 && stack[stack.length - 1]!.end <= s.start) stack.pop();
    const parent = stack[stack.length - 1]!;
    const end = Math.min(s.end, parent.end);
    const node: SpanNode<T> = { start: s.start, end, item: s.item, continued: s.continued, children: [] };
    parent.children.push(node);
    stack.push(node);
    if (end < s.end) insert(queue, { ...s, start: end, continued: true }, i + 1);
  }
  return root;
}

/** The pieces of text of a tree in order: each piece with the items of the spans around it, outermost first. */
export function flatten<T>(text: string, node: SpanNode<T>, around: T[] = []): Array<{ text: string; items: T[] }> {
  const items = node.item === null ? around : [...around, node.item];
  const out: Array<{ text: string; items: T[] }> = [];
  let at = node.start;
  for (const c of node.children) {
    if (c.start > at) out.push({ text: text.slice(at, c.start), items });
    out.push(...flatten(text, c, items));
    at = c.end;
  }
  if (node.end > at) out.push({ text: text.slice(at, node.end), items });
  return out;
}
