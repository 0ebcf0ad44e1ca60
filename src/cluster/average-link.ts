/**
 * Average-link agglomerative clustering over units: groups of articles that must stay together
 * (an article and its copies and translations). `totals[i][j]` is the sum of the pairwise similarities
 * between the members of units i and j, `sizes[i]` the number of members of unit i; the similarity of
 * two clusters is their total over the product of their sizes (the mean pairwise similarity).
 * The two most similar clusters are joined while that mean reaches `threshold`; ties go to the lowest
 * indices, so the result depends on nothing but the input.
 *
 * Returns the clusters as ascending lists of unit indices, ordered by their first unit.
 * O(u³) for u units at worst, about O(u²) when a join moves few rows' best partners: callers keep u bounded.
 */
export function averageLink(sizes: readonly number[], totals: ReadonlyArray<ArrayLike<number>>, threshold: number): number[][] {
  const u = sizes.length;
  const size = Float64Array.from(sizes);
  const total = totals.map((row) => Float64Array.from(row));
  const alive = new Uint8Array(u).fill(1);
  const members: number[][] = sizes.map((_, i) => [i]);
  // Each row's best partner among the later units (the first at its highest mean) and that mean: a
  // join changes only the rows that pointed at the two joined units or can now prefer the joined one,
  // so a step rescans a few rows instead of every pair. The pair chosen is the one a scan of every
  // pair in index order would choose, ties included.
  const bestOf = new Int32Array(u).fill(-1);
  const bestMean = new Float64Array(u).fill(-Infinity);
  const mean = (i: number, j: number) => total[i]![j]! / (size[i]! * size[j]!);
  const rescan = (i: number) => {
    let best = -Infinity;
    let bj = -1;
    for (let j = i + 1; j < u; j++) {
      if (!alive[j]) continue;
      const m = mean(i, j);
      if (m > best) {
        best = m;
        bj = j;
      }
    }
    bestOf[i] = bj;
    bestMean[i] = best;
  };
  for (let i = 0; i < u; i++) rescan(i);
  for (;;) {
    let bi = -1;
    for (let i = 0; i < u; i++) if (alive[i] && bestOf[i]! >= 0 && (bi < 0 || bestMean[i]! > bestMean[bi]!)) bi = i;
    if (bi < 0 || bestMean[bi]! < threshold) break;
    const bj = bestOf[bi]!;
    for (let k = 0; k < u; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const t = total[bi]![k]! + total[bj]![k]!;
      total[bi]![k] = t;
      total[k]![bi] = t;
    }
    size[bi] = size[bi]! + size[bj]!;
    members[bi] = [...members[bi]!, ...members[bj]!].sort((a, b) => a - b);
    alive[bj] = 0;
    rescan(bi);
    for (let k = 0; k < bj; k++) {
      if (!alive[k] || k === bi) continue;
      if (bestOf[k] === bi || bestOf[k] === bj) rescan(k);
      else if (k < bi) {
        const m = mean(k, bi);
        if (m > bestMean[k]! || (m === bestMean[k]! && bi < bestOf[k]!)) {
          bestOf[k] = bi;
          bestMean[k] = m;
        }
      }
    }
  }
  return members.filter((_, i) => alive[i]);
}
