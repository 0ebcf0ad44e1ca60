/**
 * Average-link agglomerative clustering over units: groups of articles that must stay together
 * (an article and its copies and translations). `totals[i][j]` is the sum of the pairwise similarities
 * between the members of units i and j, `sizes[i]` the number of members of unit i; the similarity of
 * two clusters is their total over the product of their sizes (the mean pairwise similarity).
 * The two most similar clusters are joined while that mean reaches `threshold`; ties go to the lowest
 * indices, so the result depends on nothing but the input.
 *
 * Returns the clusters as ascending lists of unit indices, ordered by their first unit.
 * O(u³) for u units: callers keep u bounded.
 */
export function averageLink(sizes: readonly number[], totals: ReadonlyArray<ArrayLike<number>>, threshold: number): number[][] {
  const u = sizes.length;
  const size = Float64Array.from(sizes);
  const total = totals.map((row) => Float64Array.from(row));
  const alive = new Uint8Array(u).fill(1);
  const members: number[][] = sizes.map((_, i) => [i]);
  for (;;) {
    let best = -Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < u; i++) {
      if (!alive[i]) continue;
      const row = total[i]!;
      for (let j = i + 1; j < u; j++) {
        if (!alive[j]) continue;
        const mean = row[j]! / (size[i]! * size[j]!);
        if (mean > best) {
          best = mean;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0 || best < threshold) break;
    for (let k = 0; k < u; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const t = total[bi]![k]! + total[bj]![k]!;
      total[bi]![k] = t;
      total[k]![bi] = t;
    }
    size[bi] = size[bi]! + size[bj]!;
    members[bi] = [...members[bi]!, ...members[bj]!].sort((a, b) => a - b);
    alive[bj] = 0;
  }
  return members.filter((_, i) => alive[i]);
}
