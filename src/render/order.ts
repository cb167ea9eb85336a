// Crossing reduction inside dagre's layered graph: ranks fixed, long edges already
// split into one dummy node per rank. This replaces dagre's own `order` step (run
// through its customOrder hook), which rebuilt a graph per layer per sweep, cloned
// the whole layering whenever a sweep tied, and kept sweeping until four sweeps in a
// row brought nothing: ~60 ms for a 40-object run whose 38 boxes become 461 nodes
// with the dummies. The method is the same (layer-by-layer weighted barycentres,
// alternating up and down sweeps, the layering with the fewest weighted crossings
// kept), on plain arrays, a few milliseconds.
// Only the order of the real boxes inside a rank is read afterwards, and only to
// break ties in layout.ts's own packing (boxes are ordered by where their arrows
// come from first).

/** The parts of a graphlib graph this reads and writes. */
export interface LayerGraph {
  nodes(): string[];
  children(v: string): string[] | undefined;
  successors(v: string): string[] | undefined;
  node(v: string): unknown;
  edges(): { v: string; w: string }[];
  edge(e: { v: string; w: string }): unknown;
}

/** Sweeps, at most; the search stops earlier after four without improvement (as dagre's). */
const MAX_SWEEPS = 24;

/**
 * dagre's initial order (lib/order/init-order): a depth-first walk from the nodes
 * taken by rank, each node appended to its rank's list when first reached. Writes
 * `order` on every node.
 */
export function initialOrder(lg: LayerGraph): void {
  const simple = lg.nodes().filter((v) => !lg.children(v)?.length);
  const rankOf = (v: string): number => (lg.node(v) as { rank: number }).rank;
  const layers = new Map<number, string[]>();
  const seen = new Set<string>();
  const visit = (start: string): void => {
    const stack = [start];
    while (stack.length) {
      const v = stack.pop()!;
      if (seen.has(v)) continue;
      seen.add(v);
      const r = rankOf(v);
      const l = layers.get(r);
      if (l) l.push(v); else layers.set(r, [v]);
      const succ = lg.successors(v) ?? [];
      // Pushed in reverse: the walk visits them in order, as the recursive one does.
      for (let k = succ.length - 1; k >= 0; k--) if (!seen.has(succ[k])) stack.push(succ[k]);
    }
  };
  simple.map((v, i) => ({ v, i, r: rankOf(v) })).sort((a, b) => a.r - b.r || a.i - b.i).forEach(({ v }) => visit(v));
  for (const l of layers.values()) l.forEach((v, i) => { (lg.node(v) as { order: number }).order = i; });
}

export function sweepOrder(lg: LayerGraph): void {
  const names = lg.nodes();
  const n = names.length;
  const index = new Map<string, number>();
  names.forEach((v, i) => index.set(v, i));
  const rank = new Int32Array(n);
  const pos = new Float64Array(n);
  let maxRank = 0;
  names.forEach((v, i) => {
    const l = lg.node(v) as { rank?: number; order?: number };
    rank[i] = l.rank ?? 0;
    pos[i] = l.order ?? 0;
    if (rank[i] > maxRank) maxRank = rank[i];
  });
  // Edges between neighbouring ranks (after normalisation, all of them), upper end first.
  const up: { nb: number; w: number }[][] = names.map(() => []);
  const down: { nb: number; w: number }[][] = names.map(() => []);
  const pairs: { a: number; b: number; w: number }[][] = Array.from({ length: maxRank + 1 }, () => []);
  for (const e of lg.edges()) {
    let a = index.get(e.v)!, b = index.get(e.w)!;
    if (rank[a] > rank[b]) [a, b] = [b, a];
    if (rank[b] - rank[a] !== 1) continue;
    const w = (lg.edge(e) as { weight?: number }).weight ?? 1;
    down[a].push({ nb: b, w });
    up[b].push({ nb: a, w });
    pairs[rank[a]].push({ a, b, w });
  }
  const layers: number[][] = Array.from({ length: maxRank + 1 }, () => []);
  for (let i = 0; i < n; i++) layers[rank[i]].push(i);
  for (const l of layers) l.sort((p, q) => pos[p] - pos[q]);
  const renumber = (l: number[]): void => { l.forEach((v, k) => { pos[v] = k; }); };
  layers.forEach(renumber);

  const bc = new Float64Array(n);
  const sortLayer = (l: number[], nbs: { nb: number; w: number }[][], biasRight: boolean): void => {
    for (const v of l) {
      let s = 0, ws = 0;
      for (const { nb, w } of nbs[v]) { s += w * pos[nb]; ws += w; }
      // A node with no neighbour on that side keeps its place.
      bc[v] = ws > 0 ? s / ws : pos[v];
    }
    // Equal barycentres keep their order, or swap on alternate rounds (dagre's bias).
    l.sort((p, q) => bc[p] - bc[q] || (biasRight ? pos[q] - pos[p] : pos[p] - pos[q]));
    renumber(l);
  };
  // Weighted crossings between each pair of neighbouring ranks: edges sorted by their
  // upper end, then for each the weight of earlier edges whose lower end is further
  // along (a Fenwick tree over the lower rank), as dagre's crossCount: O(E log V).
  // (Edge weights are whole numbers, so the sums are exact.)
  const order = pairs.map(() => [] as number[]);
  const crossings = (): number => {
    let cc = 0;
    for (let r = 0; r < pairs.length; r++) {
      const ps = pairs[r];
      if (ps.length < 2) continue;
      const n = layers[r + 1]?.length ?? 0;
      const idx = order[r];
      idx.length = 0;
      for (let i = 0; i < ps.length; i++) idx.push(i);
      idx.sort((i, j) => pos[ps[i].a] - pos[ps[j].a] || pos[ps[i].b] - pos[ps[j].b]);
      const tree = new Float64Array(n + 1);
      let total = 0;
      for (const i of idx) {
        const b = pos[ps[i].b];
        // weight of earlier edges ending at or before b
        let upTo = 0;
        for (let k = b + 1; k > 0; k -= k & -k) upTo += tree[k];
        cc += ps[i].w * (total - upTo);
        for (let k = b + 1; k <= n; k += k & -k) tree[k] += ps[i].w;
        total += ps[i].w;
      }
    }
    return cc;
  };

  let best = Float64Array.from(pos);
  let bestCC = crossings();
  for (let i = 0, lastBest = 0; lastBest < 4 && i < MAX_SWEEPS && bestCC > 0; i++, lastBest++) {
    // Odd sweeps go down the ranks (each rank by its predecessors), even ones up.
    const bias = i % 4 >= 2;
    if (i % 2) for (let r = 1; r <= maxRank; r++) sortLayer(layers[r], up, bias);
    else for (let r = maxRank - 1; r >= 0; r--) sortLayer(layers[r], down, bias);
    const cc = crossings();
    // A tie replaces the best too (as dagre does), without counting as progress.
    if (cc <= bestCC) { if (cc < bestCC) lastBest = 0; bestCC = cc; best = Float64Array.from(pos); }
  }
  names.forEach((v, i) => { (lg.node(v) as { order: number }).order = best[i]; });
}
