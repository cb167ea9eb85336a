// Units of the heap picture: groups of places laid out together as one block, so a
// learner reads a linked structure as it is linked.
//
// - A chain: objects of one type linked by one attribute (a.next → b, b.next → c …)
//   are stacked top to bottom in link order, at one rank. Left to dagre, each link
//   pushed the next node one column further right (a 8-node list made 8 columns that
//   then folded into bands, the nodes scattered in no visible order, every arrow
//   crossing the others). Stacked, each `.next` arrow is a short hook on the chain's
//   right side from one node into the next.
// - Satellites: a chain node's (tall layout: any box's) leaf children (a str or a number no other box points
//   to more specifically; a shared chip only it points to, such as the last node's
//   None) stand right beside it, level with the row that points to them, so `.name`
//   is read next to its node.
//
// Everything else stays a unit of one place. Pure geometry over place keys: layout.ts
// ranks and packs the units, then places each member at the unit's corner + (dx, dy).

export interface UnitPlace { key: string; w: number; h: number; shared: boolean; type: string }
export interface UnitMember { key: string; dx: number; dy: number; /** a leaf beside its owner */ sat?: boolean }
export interface Unit { key: string; w: number; h: number; members: UnitMember[]; chain: boolean; x: number; y: number }

export interface UnitInput {
  places: UnitPlace[];
  /** Attribute links between places (object rows whose label starts with '.'), summed over the run. */
  attrLinks: { from: string; to: string; label: string; w: number }[];
  /** Every link from a place (frames excluded): from → to → weight. */
  out: Map<string, Map<string, number>>;
  /** The y of the row of `owner` that points to `target`, from the owner's top (the heaviest). */
  rowOff: (owner: string, target: string) => number | undefined;
  /** Where an arrow ends on the target, from its top (header or chip middle). */
  entry: (key: string) => number;
  /** Widest a unit may be (the tall layout's column); chains are cut into parts no taller than maxH. */
  maxW: number;
  maxH: number;
  /**
   * Satellites beside any box, not only chain nodes: the tall layout, whose ranks are
   * rows (a box's leaves otherwise land in the row below, anywhere along it). In the
   * wide layout a box's leaves are in the next column, level with their rows, already.
   */
  anyOwner?: boolean;
  gap: number;
  sideGap: number;
  /**
   * The frames' walk over the places (see walkFromFrames): a chain whose links point back up that walk (a tree's
   * `.parent`) is stacked the other way, from the node the frames reach first (the root down).
   */
  walk?: { order: Map<string, number>; back: Set<string> };
}

/**
 * A depth-first walk from the frames over the arrows between boxes: the order each box is first reached in, and
 * the arrows that point back to a box on the walk's path — a child's `.parent`, a node's `.prev`, an item's
 * `.owner`. Those are the back references a learner reads against the holder: left to dagre's cycle breaking
 * (greedy, by weight) one of them could decide the columns, and a tree's root or an object holding a
 * back-referencing item was drawn right of what it holds. `roots`: what the frames point to, most important
 * first; `edges`: the arrows between boxes, in the order their rows are met.
 */
export function walkFromFrames(roots: string[], edges: Iterable<[string, string]>): { order: Map<string, number>; back: Set<string> } {
  const adj = new Map<string, string[]>();
  for (const [a, b] of edges) {
    if (a === b) continue;
    const l = adj.get(a); if (l) l.push(b); else adj.set(a, [b]);
  }
  const order = new Map<string, number>();
  const back = new Set<string>();
  const onPath = new Set<string>();
  for (const r of roots) {
    if (order.has(r)) continue;
    // (an explicit stack: a 150-deep chain must not overflow the JS stack)
    order.set(r, order.size); onPath.add(r);
    const stack: { v: string; i: number }[] = [{ v: r, i: 0 }];
    while (stack.length) {
      const top = stack[stack.length - 1];
      const l = adj.get(top.v) ?? [];
      if (top.i >= l.length) { onPath.delete(top.v); stack.pop(); continue; }
      const w = l[top.i++];
      if (onPath.has(w)) { back.add(`${top.v}\0${w}`); continue; }
      if (order.has(w)) continue;
      order.set(w, order.size); onPath.add(w);
      stack.push({ v: w, i: 0 });
    }
  }
  return { order, back };
}

/** A chain's nodes in link order, for one chosen attribute per type (see chainLabels). */
export function findChains(places: UnitPlace[], attrLinks: UnitInput['attrLinks'], frames?: UnitInput['walk']): string[][] {
  const byKey = new Map(places.map((p) => [p.key, p]));
  const sameType = attrLinks.filter((l) => {
    const a = byKey.get(l.from), b = byKey.get(l.to);
    return a && b && !a.shared && !b.shared && a.type === b.type && l.from !== l.to;
  });
  // Per type, the attribute with the most links (ties: the first seen). A type whose
  // objects point by two or more attributes to others of their type that do not point
  // back (a tree: .left and .right) makes no chains: its branches are better as
  // dagre's ranks. (A doubly linked list's .prev points back: still a chain.)
  const count = new Map<string, Map<string, number>>();
  const targets = new Map<string, Set<string>>();
  const linked = new Set(sameType.map((l) => `${l.from}\0${l.to}`));
  const branchy = new Set<string>();
  for (const l of sameType) {
    const t = byKey.get(l.from)!.type;
    let c = count.get(t); if (!c) { c = new Map(); count.set(t, c); }
    c.set(l.label, (c.get(l.label) ?? 0) + 1);
    if (linked.has(`${l.to}\0${l.from}`)) continue;
    // (by attribute: one `.next` relinked during the run still makes a chain)
    let s = targets.get(l.from); if (!s) { s = new Set(); targets.set(l.from, s); }
    s.add(l.label);
    if (s.size >= 2) branchy.add(t);
  }
  const label = new Map<string, string>();
  for (const [t, c] of count) {
    if (branchy.has(t)) continue;
    let best = '', n = 0;
    for (const [l, k] of c) if (k > n) { best = l; n = k; }
    label.set(t, best);
  }
  // The heaviest link out of and into each node, kept when both ends agree.
  const succ = new Map<string, { to: string; w: number }>();
  const pred = new Map<string, { from: string; w: number }>();
  for (const l of sameType) {
    if (label.get(byKey.get(l.from)!.type) !== l.label) continue;
    const s = succ.get(l.from);
    if (!s || l.w > s.w) succ.set(l.from, { to: l.to, w: l.w });
  }
  for (const [from, { to, w }] of succ) {
    const p = pred.get(to);
    if (!p || w > p.w) pred.set(to, { from, w });
  }
  const next = new Map<string, string>();
  for (const [to, { from }] of pred) next.set(from, to);
  const hasPred = new Set(next.values());
  const seen = new Set<string>();
  const chains: string[][] = [];
  const walk = (start: string): void => {
    const c: string[] = [];
    for (let v: string | undefined = start; v !== undefined && !seen.has(v); v = next.get(v)) { seen.add(v); c.push(v); }
    if (c.length >= 2) chains.push(c);
  };
  // Heads first (in place order), then what is left: cycles, cut where the frames reach them first (else where
  // they were first seen).
  for (const p of places) if (next.has(p.key) && !hasPred.has(p.key)) walk(p.key);
  const rk = (k: string): number => frames?.order.get(k) ?? Infinity;
  const inCycles = places.filter((p) => next.has(p.key) && !seen.has(p.key)).sort((a, b) => rk(a.key) - rk(b.key));
  for (const p of inCycles) walk(p.key);
  // A chain whose links point back up the frames' walk (a tree's `.parent`: child → parent → root, each to a
  // holder of the node) is stacked from its far end, the node the frames reach first: a learner reads a
  // structure from its root down. (Links that merely meet a node reached before — a list of the nodes read
  // from its first item — are no back references: a list built by prepending stays head first.)
  if (frames) for (const c of chains) {
    let back = 0;
    for (let i = 0; i + 1 < c.length; i++) if (frames.back.has(`${c[i]}\0${c[i + 1]}`)) back++;
    if (back > 0 && 2 * back >= c.length - 1) c.reverse();
  }
  return chains;
}

export function buildUnits(inp: UnitInput): { units: Unit[]; unitOf: Map<string, Unit> } {
  const byKey = new Map(inp.places.map((p) => [p.key, p]));
  const chains = findChains(inp.places, inp.attrLinks, inp.walk);
  const member = new Map<string, number>();
  chains.forEach((c, i) => c.forEach((k) => member.set(k, i)));
  // Referrers of each place, and how many places each one points to.
  const refs = new Map<string, { from: string; w: number }[]>();
  for (const [from, m] of inp.out) for (const [to, w] of m) {
    const l = refs.get(to); if (l) l.push({ from, w }); else refs.set(to, [{ from, w }]);
  }
  // Satellites: a leaf (points to nothing) held by a chain node, the most specific of
  // its holders (the one pointing to the fewest places: a Node before a dict of them).
  const sats = new Map<string, { key: string; off: number }[]>();
  for (const p of inp.places) {
    if (member.has(p.key) || inp.out.get(p.key)?.size) continue;
    const rs = refs.get(p.key);
    // (a shared chip — None, a small int — only when one box points to it: the end of the chain)
    if (!rs || (p.shared && rs.length > 1)) continue;
    let owner: { from: string; w: number } | undefined;
    for (const r of rs) {
      const d = inp.out.get(r.from)?.size ?? 0, od = owner ? inp.out.get(owner.from)?.size ?? 0 : Infinity;
      if (d < od || (d === od && r.w > owner!.w)) owner = r;
    }
    if (!owner || byKey.get(owner.from)?.shared) continue;
    // (a box that is not a chain node: only its exclusive leaves, ones no other box points to)
    if (!member.has(owner.from) && (!inp.anyOwner || rs.length > 1)) continue;
    const off = inp.rowOff(owner.from, p.key);
    if (off === undefined) continue;
    const l = sats.get(owner.from); if (l) l.push({ key: p.key, off }); else sats.set(owner.from, [{ key: p.key, off }]);
  }
  const units: Unit[] = [];
  const unitOf = new Map<string, Unit>();
  const done = new Set<string>();
  // Chains, then each other box with satellites (a unit of one box and its leaves).
  const groups = [...chains.map((c) => ({ c, chain: true }))];
  for (const p of inp.places) if (!member.has(p.key) && sats.has(p.key)) groups.push({ c: [p.key], chain: false });
  for (const { c, chain } of groups) {
    const chainW = Math.max(...c.map((k) => byKey.get(k)!.w));
    let satW = 0;
    for (const k of c) for (const s of sats.get(k) ?? []) satW = Math.max(satW, byKey.get(s.key)!.w);
    const withSats = satW > 0 && chainW + inp.sideGap + satW <= inp.maxW;
    // Cut into parts no taller than maxH (each part a unit; the link between two parts
    // stays an ordinary arrow to the next column).
    let cur: Unit | null = null;
    let y = 0;
    for (const k of c) {
      const p = byKey.get(k)!;
      p.w = chainW; // one width: the hooks between nodes line up
      const ss = withSats ? (sats.get(k) ?? []).slice().sort((a, b) => a.off - b.off) : [];
      // the node's block: the node, its satellites level with their rows (pushed down, never overlapping)
      const ms: UnitMember[] = [{ key: k, dx: 0, dy: 0 }];
      let sy = 0, bottom = p.h;
      for (const s of ss) {
        const sp = byKey.get(s.key)!;
        const dy = Math.max(sy, s.off - inp.entry(s.key));
        ms.push({ key: s.key, dx: chainW + inp.sideGap, dy, sat: true });
        sy = dy + sp.h + inp.gap;
        bottom = Math.max(bottom, dy + sp.h);
      }
      if (!cur || (y > 0 && y + bottom > inp.maxH)) {
        cur = { key: `unit:${k}`, w: 0, h: 0, members: [], chain, x: 0, y: 0 };
        units.push(cur);
        y = 0;
      }
      for (const m of ms) {
        cur.members.push({ key: m.key, dx: m.dx, dy: y + m.dy, sat: m.sat });
        unitOf.set(m.key, cur);
        done.add(m.key);
        cur.w = Math.max(cur.w, m.dx + byKey.get(m.key)!.w);
      }
      cur.h = y + bottom;
      y += bottom + inp.gap;
    }
  }
  for (const p of inp.places) {
    if (done.has(p.key)) continue;
    const u: Unit = { key: p.key, w: p.w, h: p.h, members: [{ key: p.key, dx: 0, dy: 0 }], chain: false, x: 0, y: 0 };
    units.push(u);
    unitOf.set(p.key, u);
  }
  return { units, unitOf };
}
