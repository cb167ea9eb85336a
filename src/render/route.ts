// Orthogonal arrow routing around boxes: A* over a sparse grid made of the boxes'
// (inflated) edges, the ports and channel tracks; a bend costs extra, so arrows
// take few turns. Obstacles are the places of the whole run, so a route between
// two places is the same at every step (routes are cached), then parallel
// segments of different arrows are spread apart ("nudged") per picture.
// Pure geometry: no canvas.

export interface Pt { x: number; y: number }
export interface Rect { x: number; y: number; w: number; h: number }

export interface RouteRequest {
  /** Where the arrow leaves its box (on the box's right edge). */
  from: Pt;
  /** Source box (the first segment leaves it to the right). */
  src: Rect;
  /** Target box: the arrow ends on its left or right edge at `ty`. */
  dst: Rect;
  ty: number;
}

const BEND = 24;
/** The cost of crossing another arrow (see search). */
const CROSS = 80;
/** Channel tracks: at most TRACKS - 1 extra lines in a gap, TRACK_GAP px apart at least. */
const TRACKS = 4, TRACK_GAP = 12;
/** Estimates weigh a hair more than costs: of equal-cost states the search takes the one nearer the goal first (a plateau of equal routes is not explored in full). */
const TIE = 1.001;

/**
 * The fewest turns any route from a node, heading d (0 right, 1 down, 2 left, 3 up),
 * needs to reach a point ddx, ddy away (no U-turn in one move): each costs BEND in the
 * search's estimate, which stays a lower bound, so the route found is still one of least
 * cost, while the search leaves alone the states heading away from the target (about
 * half of them). Tabled by sideClass(ddx) * 12 + sideClass(ddy) * 4 + d.
 */
function turns(ddx: number, ddy: number, d: number): number {
  const h = ddx > 0 ? 0 : ddx < 0 ? 2 : -1, v = ddy > 0 ? 1 : ddy < 0 ? 3 : -1;
  if (h < 0 && v < 0) return 0;
  if (v < 0) return d === h ? 0 : d === ((h + 2) & 3) ? 2 : 1;
  if (h < 0) return d === v ? 0 : d === ((v + 2) & 3) ? 2 : 1;
  return d === h || d === v ? 1 : 2;
}
/** 0: ahead (positive), 1: behind (negative), 2: level. */
function sideClass(dd: number): number { return dd > 0 ? 0 : dd < 0 ? 1 : 2; }
const TURNS = new Uint8Array(36);
for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) for (let d = 0; d < 4; d++) TURNS[a * 12 + b * 4 + d] = turns([1, -1, 0][a], [1, -1, 0][b], d);

/**
 * A binary min-heap of (key, value) pairs in typed arrays (grown by doubling). The
 * order of equal keys is part of the routes' tie-breaking, so the sift rules stay
 * exactly those of the array version it replaced.
 */
class MinHeap {
  private k = new Float64Array(1024);
  private v = new Int32Array(1024);
  private n = 0;
  get size(): number { return this.n; }
  /** The least key (the next pop's); only while size > 0. */
  get topKey(): number { return this.k[0]; }
  push(key: number, val: number): void {
    if (this.n === this.k.length) {
      const k2 = new Float64Array(this.n * 2); k2.set(this.k); this.k = k2;
      const v2 = new Int32Array(this.n * 2); v2.set(this.v); this.v = v2;
    }
    const k = this.k, v = this.v;
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (k[p] <= key) break;
      k[i] = k[p]; v[i] = v[p]; i = p;
    }
    k[i] = key; v[i] = val;
  }
  pop(): number {
    const k = this.k, v = this.v;
    const top = v[0];
    const n = --this.n;
    const lk = k[n], lv = v[n];
    if (n) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && k[c + 1] < k[c]) c++;
        if (k[c] >= lk) break;
        k[i] = k[c]; v[i] = v[c]; i = c;
      }
      k[i] = lk; v[i] = lv;
    }
    return top;
  }
  clear(): void { this.n = 0; }
}

function uniqSorted(a: number[]): number[] {
  a.sort((p, q) => p - q);
  const out: number[] = [];
  for (const x of a) if (!out.length || x - out[out.length - 1] > 0.01) out.push(x);
  return out;
}

function lowerIndex(a: number[], x: number): number {
  let lo = 0, hi = a.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (a[mid] <= x + 0.005) lo = mid; else hi = mid - 1; }
  return lo;
}
function findIndex(a: number[], x: number): number {
  const i = lowerIndex(a, x);
  return Math.abs(a[i] - x) <= 0.01 ? i : -1;
}

/** The first index of sorted `a` whose value is at least x (a.length if none). */
function firstAtLeast(a: number[], x: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid] < x - 0.01) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Which of the routes cross another one (a horizontal segment through a vertical one). */
function crossers(routes: Pt[][]): Uint8Array {
  const hs: number[][] = [], vs: number[][] = [];
  routes.forEach((pts, r) => {
    for (let k = 0; k + 1 < pts.length; k++) {
      const a = pts[k], b = pts[k + 1];
      if (Math.abs(a.y - b.y) < 0.01) hs.push([Math.min(a.x, b.x), Math.max(a.x, b.x), a.y, r]);
      else if (Math.abs(a.x - b.x) < 0.01) vs.push([Math.min(a.y, b.y), Math.max(a.y, b.y), a.x, r]);
    }
  });
  const out = new Uint8Array(routes.length);
  for (const [x0, x1, y, r] of hs) for (const [y0, y1, x, q] of vs) {
    if (r !== q && x > x0 + 0.5 && x < x1 - 0.5 && y > y0 + 0.5 && y < y1 - 0.5) { out[r] = 1; out[q] = 1; }
  }
  return out;
}

function samePath(a: Pt[], b: Pt[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (Math.abs(a[k].x - b[k].x) > 0.01 || Math.abs(a[k].y - b[k].y) > 0.01) return false;
  return true;
}

/** How many times each arrow is routed again around all the others (see routeAll). */
const REROUTE_PASSES = 1;

export class Router {
  readonly xs: number[];
  readonly ys: number[];
  private nx: number;
  private ny: number;
  /** cell (i, j) between xs[i..i+1] and ys[j..j+1]: 1 if inside an inflated obstacle. */
  private cell: Uint8Array;
  private cost: Float64Array;
  private from: Int32Array;
  /** The key a state was last pushed with (see search: stale entries). */
  private keyOf: Float64Array;
  private stamp: Uint32Array;
  private gen = 0;
  private heap = new MinHeap();
  private cache = new Map<string, Pt[][]>();
  private xHug: Uint8Array;
  private yHug: Uint8Array;
  /**
   * Grid segments used by arrows already routed in this batch: segment key → group
   * number + 1 (0: unused). A typed array, not a Map: it is read on every step of
   * every search.
   */
  private used: Int32Array;
  private group = 0;
  private open: Uint8Array;
  private xf: Float64Array;
  private yf: Float64Array;
  /** A search's estimate parts (see search). */
  private adxL: Float64Array;
  private adxR: Float64Array;
  private hcL: Uint8Array;
  private hcR: Uint8Array;
  private ady: Float64Array;
  private vc: Uint8Array;

  /**
   * @param obstacles every box an arrow must go around (the run's places).
   * @param extraYs y coordinates arrows need (ports, arrow ends).
   * @param margin clearance between an arrow and a box.
   * @param reroute route the arrows that cross others again, around all the others
   *   (see routeAll): fewer crossings for about twice the search work (both layouts:
   *   the wide one's dict rows into a linked list's nodes and names crossed each other).
   */
  constructor(private obstacles: Rect[], bounds: Rect, extraYs: number[], readonly margin = 10, private reroute = false) {
    const m = margin;
    const xs: number[] = [bounds.x, bounds.x + bounds.w];
    const ys: number[] = [bounds.y, bounds.y + bounds.h, ...extraYs];
    for (const r of obstacles) {
      xs.push(r.x - m, r.x + r.w + m);
      ys.push(r.y - m, r.y + r.h + m);
    }
    // Channel tracks: a few extra lines in wide gaps so arrows can run side by side.
    const addTracks = (a: number[], out: number[]): void => {
      const s = uniqSorted([...a]);
      for (let i = 0; i + 1 < s.length; i++) {
        const gap = s[i + 1] - s[i];
        if (gap >= 24) { const n = Math.min(TRACKS, Math.floor(gap / TRACK_GAP)); for (let k = 1; k < n; k++) out.push(s[i] + (gap * k) / n); }
      }
    };
    const xt: number[] = [], yt: number[] = [];
    addTracks(xs, xt);
    addTracks(obstacles.flatMap((r) => [r.y - m, r.y + r.h + m]).concat([bounds.y, bounds.y + bounds.h]), yt);
    this.xs = uniqSorted(xs.concat(xt).filter((x) => x >= bounds.x - 0.5 && x <= bounds.x + bounds.w + 0.5));
    this.ys = uniqSorted(ys.concat(yt).filter((y) => y >= bounds.y - 0.5 && y <= bounds.y + bounds.h + 0.5));
    this.nx = this.xs.length;
    this.ny = this.ys.length;
    // Lines that hug a box: arrows running along them cost a little more, so they keep to the middle of channels.
    this.xHug = new Uint8Array(this.nx);
    this.yHug = new Uint8Array(this.ny);
    for (const r of obstacles) {
      for (const x of [r.x - m, r.x + r.w + m]) { const i = findIndex(this.xs, x); if (i >= 0) this.xHug[i] = 1; }
      for (const y of [r.y - m, r.y + r.h + m]) { const j = findIndex(this.ys, y); if (j >= 0) this.yHug[j] = 1; }
    }
    this.cell = new Uint8Array(Math.max(1, (this.nx - 1) * (this.ny - 1)));
    for (const r of obstacles) {
      const i0 = lowerIndex(this.xs, r.x - m), i1 = lowerIndex(this.xs, r.x + r.w + m);
      const j0 = lowerIndex(this.ys, r.y - m), j1 = lowerIndex(this.ys, r.y + r.h + m);
      for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) this.cell[i * (this.ny - 1) + j] = 1;
    }
    // The moves open from each grid node, one bit per direction (0 right, 1 down,
    // 2 left, 3 up): inside the grid and not running strictly inside an obstacle.
    // Computed once per run instead of on every step of every search.
    const nxy = this.nx * this.ny;
    this.open = new Uint8Array(nxy);
    for (let i = 0; i < this.nx; i++) {
      for (let j = 0; j < this.ny; j++) {
        let bits = 0;
        if (i + 1 < this.nx && !this.hBlocked(i, j)) bits |= 1;
        if (j + 1 < this.ny && !this.vBlocked(i, j)) bits |= 2;
        if (i > 0 && !this.hBlocked(i - 1, j)) bits |= 4;
        if (j > 0 && !this.vBlocked(i, j - 1)) bits |= 8;
        this.open[i * this.ny + j] = bits;
      }
    }
    this.xf = Float64Array.from(this.xs);
    this.yf = Float64Array.from(this.ys);
    this.adxL = new Float64Array(this.nx); this.adxR = new Float64Array(this.nx);
    this.hcL = new Uint8Array(this.nx); this.hcR = new Uint8Array(this.nx);
    this.ady = new Float64Array(this.ny); this.vc = new Uint8Array(this.ny);
    this.used = new Int32Array(this.nx * this.ny * 2);
    const n = this.nx * this.ny * 4;
    this.cost = new Float64Array(n);
    this.from = new Int32Array(n);
    this.keyOf = new Float64Array(n);
    this.stamp = new Uint32Array(n);
  }

  private blockedCell(i: number, j: number): boolean {
    if (i < 0 || j < 0 || i >= this.nx - 1 || j >= this.ny - 1) return false;
    return this.cell[i * (this.ny - 1) + j] === 1;
  }
  /** Moving from (i, j) to (i+1, j) runs strictly inside an obstacle? */
  private hBlocked(i: number, j: number): boolean { return this.blockedCell(i, j - 1) && this.blockedCell(i, j); }
  private vBlocked(i: number, j: number): boolean { return this.blockedCell(i - 1, j) && this.blockedCell(i, j); }

  /**
   * Route a batch of arrows (one picture). Arrows are routed one after another; a
   * grid segment already used by an arrow to another target costs extra, so arrows
   * spread over the channel's tracks; with `reroute`, the ones that cross others are
   * routed once more around all the others. Batches are cached by their content.
   */
  routeAll(reqs: { req: RouteRequest; group: string }[]): Pt[][] {
    const key = reqs.map((r) => `${r.req.from.x},${r.req.from.y}>${r.req.dst.x},${r.req.dst.y},${r.req.ty}:${r.group}`).join('|');
    const hit = this.cache.get(key);
    if (hit) return hit.map((pts) => pts.map((p) => ({ ...p })));
    this.used.fill(0);
    // Groups by number, in order of first appearance.
    const groupNo = new Map<string, number>();
    const no = (g: string): number => { let k = groupNo.get(g); if (k === undefined) { k = groupNo.size + 1; groupNo.set(g, k); } return k; };
    // Keep the approach to each arrowhead clear of other arrows, so a line passing by
    // never looks as if it ended in a box it does not point to.
    const m = this.margin;
    for (const { req, group } of reqs) {
      for (let j = 0; j < this.ny; j++) {
        if (Math.abs(this.ys[j] - req.ty) > 9) continue;
        for (let i = 0; i + 1 < this.nx; i++) {
          const x0 = this.xs[i], x1 = this.xs[i + 1];
          const left = x1 > req.dst.x - 4 * m && x0 < req.dst.x;
          const right = x0 < req.dst.x + req.dst.w + 4 * m && x1 > req.dst.x + req.dst.w;
          if (left || right) this.used[(i * this.ny + j) * 2] = no(group);
        }
      }
    }
    // First pass: each arrow routed around the ones before it.
    const base = this.reroute && reqs.length > 1 ? this.used.slice() : null;
    const groups = reqs.map((r) => no(r.group));
    const out = reqs.map((r, i) => { this.group = groups[i]; return this.search(r.req); });
    // Then each arrow again, around all the others (rip-up and reroute): the first pass
    // routed the early arrows blind to the later ones, which then had to cross them.
    for (let pass = 0; base && pass < REROUTE_PASSES; pass++) {
      let changed = false;
      const crossing = crossers(out);
      for (let i = 0; i < reqs.length; i++) {
        // (an arrow that crosses none of the others keeps its route: it has nothing to go round)
        if (!crossing[i]) continue;
        this.used.set(base);
        for (let k = 0; k < reqs.length; k++) if (k !== i) this.mark(out[k], groups[k]);
        this.group = groups[i];
        const pts = this.search(reqs[i].req);
        if (!samePath(pts, out[i])) { out[i] = pts; changed = true; }
      }
      if (!changed) break;
    }
    if (this.cache.size > 2000) this.cache.clear();
    this.cache.set(key, out);
    return out.map((pts) => pts.map((p) => ({ ...p })));
  }

  /** One arrow on its own. */
  route(req: RouteRequest): Pt[] {
    return this.routeAll([{ req, group: '' }])[0];
  }

  /** Marks the grid segments a routed arrow runs along as used by its group (as search does for the route it finds). */
  private mark(pts: Pt[], group: number): void {
    const { xs, ys, ny, used } = this;
    for (let k = 0; k + 1 < pts.length; k++) {
      const a = pts[k], b = pts[k + 1];
      if (Math.abs(a.y - b.y) < 0.01) {
        const j = findIndex(ys, a.y);
        if (j < 0) continue;
        const lo = Math.min(a.x, b.x), hi = Math.max(a.x, b.x);
        for (let i = firstAtLeast(xs, lo); i + 1 < xs.length && xs[i + 1] <= hi + 0.01; i++) { const s = (i * ny + j) * 2; if (used[s] === 0) used[s] = group; }
      } else if (Math.abs(a.x - b.x) < 0.01) {
        const i = findIndex(xs, a.x);
        if (i < 0) continue;
        const lo = Math.min(a.y, b.y), hi = Math.max(a.y, b.y);
        for (let j = firstAtLeast(ys, lo); j + 1 < ys.length && ys[j + 1] <= hi + 0.01; j++) { const s = (i * ny + j) * 2 + 1; if (used[s] === 0) used[s] = group; }
      }
    }
  }

  private search(req: RouteRequest): Pt[] {
    const m = this.margin;
    const { xs, ys, nx, ny } = this;
    const sx = findIndex(xs, req.src.x + req.src.w + m);
    const sy = findIndex(ys, req.from.y);
    const ty = findIndex(ys, req.ty);
    const gl = findIndex(xs, req.dst.x - m);
    const gr = findIndex(xs, req.dst.x + req.dst.w + m);
    const straight = (): Pt[] => [req.from, { x: req.dst.x, y: req.ty }];
    if (sx < 0 || sy < 0 || ty < 0 || (gl < 0 && gr < 0)) return straight();
    // Goal nodes: left side (-1) and right side (1) of the target box; -2 when absent.
    const goalL = gl >= 0 ? gl * ny + ty : -2;
    const goalR = gr >= 0 ? gr * ny + ty : -2;
    const gxL = gl >= 0 ? xs[gl] : 0, gxR = gr >= 0 ? xs[gr] : 0, gyT = ys[ty];
    const gen = ++this.gen;
    if (gen === 0xffffffff) { this.stamp.fill(0); this.gen = 1; }
    const heap = this.heap;
    heap.clear();
    const X = this.xf, Y = this.yf, open = this.open, used = this.used, xHug = this.xHug, yHug = this.yHug;
    const cost = this.cost, from = this.from, keyOf = this.keyOf, stamp = this.stamp, group = this.group;
    const hasL = goalL >= 0, hasR = goalR >= 0;
    // Manhattan distance plus the turns' cost to the nearer goal (see TURNS). Its parts
    // per column and per row, computed once per search instead of at every push (the
    // same arithmetic, so the same estimates): |x - goal x| and the goal's side, per goal.
    const adxL = this.adxL, adxR = this.adxR, hcL = this.hcL, hcR = this.hcR, ady = this.ady, vc = this.vc;
    for (let i = 0; i < nx; i++) {
      if (hasL) { adxL[i] = Math.abs(X[i] - gxL); hcL[i] = sideClass(gxL - X[i]); }
      if (hasR) { adxR[i] = Math.abs(X[i] - gxR); hcR[i] = sideClass(gxR - X[i]); }
    }
    for (let j = 0; j < ny; j++) { ady[j] = Math.abs(Y[j] - gyT); vc[j] = sideClass(gyT - Y[j]); }
    const hx = (i: number, j: number, d = 0): number => {
      const dy = ady[j], v = vc[j] * 4 + d;
      const l = hasL ? adxL[i] + dy + BEND * TURNS[hcL[i] * 12 + v] : Infinity;
      const r = hasR ? adxR[i] + dy + BEND * TURNS[hcR[i] * 12 + v] : Infinity;
      return Math.min(Infinity, l, r);
    };
    const start = (sx * ny + sy) * 4 + 0; // heading right
    stamp[start] = gen; cost[start] = 0; from[start] = -1;
    heap.push((keyOf[start] = hx(sx, sy)), start);
    let found = -1;
    let expanded = 0;
    while (heap.size) {
      const key = heap.topKey;
      const st = heap.pop();
      // A stale entry: the state was pushed again since, at a lower key, and that entry
      // came out (and was expanded) first, at the same cost[st]: expanding it again
      // would improve nothing (the same moves, the same costs), so it is skipped. It
      // still counts towards the expansion cap, which keeps routes exactly as before.
      if (key > keyOf[st]) { if (++expanded > 200000) break; continue; }
      const node = st >> 2, dir = st & 3;
      const j = node % ny, i = (node - j) / ny;
      const c = cost[st];
      if (node === goalL || node === goalR) {
        const side = node === goalL ? -1 : 1;
        // Arrive heading into the box: right on the left side, left on the right side.
        if ((side === -1 && dir !== 2) || (side === 1 && dir !== 0)) { found = st; break; }
      }
      if (++expanded > 200000) break;
      const bits = open[node];
      const back = (dir + 2) & 3;
      for (let d = 0; d < 4; d++) {
        if (d === back || !(bits & (1 << d))) continue;
        let ni = i, nj = j, len: number, seg: number;
        if (d === 0) { ni = i + 1; len = X[ni] - X[i]; if (yHug[j]) len *= 1.35; seg = (i * ny + j) * 2; }
        else if (d === 2) { ni = i - 1; len = X[i] - X[ni]; if (yHug[j]) len *= 1.35; seg = (ni * ny + j) * 2; }
        else if (d === 1) { nj = j + 1; len = Y[nj] - Y[j]; if (xHug[i]) len *= 1.35; seg = (i * ny + j) * 2 + 1; }
        else { nj = j - 1; len = Y[j] - Y[nj]; if (xHug[i]) len *= 1.35; seg = (i * ny + nj) * 2 + 1; }
        const u = used[seg];
        if (u !== 0 && u !== group) len += 40;
        // Passing through a node that another arrow crosses the other way: a crossing.
        // (Counted when both of that arrow's segments at the node are there: it runs
        // straight through.) Costs more than a bend, so arrows go round each other.
        if (d === 0 || d === 2) {
          if (nj > 0 && nj + 1 < ny) {
            const a = used[(ni * ny + nj - 1) * 2 + 1], b = used[(ni * ny + nj) * 2 + 1];
            if (a !== 0 && a !== group && b !== 0 && b !== group) len += CROSS;
          }
        } else if (ni > 0 && ni + 1 < nx) {
          const a = used[((ni - 1) * ny + nj) * 2], b = used[(ni * ny + nj) * 2];
          if (a !== 0 && a !== group && b !== 0 && b !== group) len += CROSS;
        }
        const nc = c + len + (d === dir ? 0 : BEND);
        const ns = (ni * ny + nj) * 4 + d;
        if (stamp[ns] === gen && cost[ns] <= nc) continue;
        stamp[ns] = gen; cost[ns] = nc; from[ns] = st;
        const h = hx(ni, nj, d);
        heap.push((keyOf[ns] = nc + h * TIE), ns);
      }
    }
    if (found < 0) return straight();
    const cells: number[] = [];
    for (let st = found; st >= 0; st = this.from[st]) cells.push(st >> 2);
    cells.reverse();
    for (let k = 0; k + 1 < cells.length; k++) {
      const a = cells[k], b2 = cells[k + 1];
      const ai = Math.floor(a / ny), aj = a % ny, bi = Math.floor(b2 / ny), bj = b2 % ny;
      const seg = ai === bi ? (ai * ny + Math.min(aj, bj)) * 2 + 1 : (Math.min(ai, bi) * ny + aj) * 2;
      if (this.used[seg] === 0) this.used[seg] = this.group;
    }
    const pts: Pt[] = [req.from];
    for (const node of cells) pts.push({ x: xs[Math.floor(node / ny)], y: ys[node % ny] });
    const last = cells[cells.length - 1];
    const side = last === goalL ? -1 : 1;
    pts.push({ x: side === -1 ? req.dst.x : req.dst.x + req.dst.w, y: req.ty });
    return simplify(pts);
  }
}

/** Drop points in the middle of straight runs. */
export function simplify(pts: Pt[]): Pt[] {
  const out: Pt[] = [];
  for (const p of pts) {
    if (out.length && Math.abs(out[out.length - 1].x - p.x) < 0.01 && Math.abs(out[out.length - 1].y - p.y) < 0.01) continue;
    out.push({ ...p });
    while (out.length >= 3) {
      const a = out[out.length - 3], b = out[out.length - 2], c = out[out.length - 1];
      const col = (Math.abs(a.x - b.x) < 0.01 && Math.abs(b.x - c.x) < 0.01) || (Math.abs(a.y - b.y) < 0.01 && Math.abs(b.y - c.y) < 0.01);
      if (!col) break;
      out.splice(out.length - 2, 1);
    }
  }
  return out;
}

/**
 * Spread apart overlapping parallel inner segments of different arrows (arrows to
 * the same target may share a track). Moves segments at most `maxShift`, never the
 * first or last point of a route.
 */
export function nudge(routes: { pts: Pt[]; group: string }[], spacing = 5, maxShift = 8): void {
  type Seg = { r: number; k: number; c: number; lo: number; hi: number; group: string };
  for (const vertical of [true, false]) {
    const segs: Seg[] = [];
    routes.forEach((rt, r) => {
      const p = rt.pts;
      for (let k = 1; k + 2 < p.length + 0 && k + 1 < p.length - 1; k++) {
        const a = p[k], b = p[k + 1];
        const isV = Math.abs(a.x - b.x) < 0.01;
        const isH = Math.abs(a.y - b.y) < 0.01;
        if (vertical ? !isV : !isH) continue;
        const c = vertical ? a.x : a.y;
        const lo = vertical ? Math.min(a.y, b.y) : Math.min(a.x, b.x);
        const hi = vertical ? Math.max(a.y, b.y) : Math.max(a.x, b.x);
        segs.push({ r, k, c, lo, hi, group: rt.group });
      }
    });
    const byC = new Map<number, Seg[]>();
    for (const s of segs) { const key = Math.round(s.c); const l = byC.get(key); if (l) l.push(s); else byC.set(key, [s]); }
    for (const list of byC.values()) {
      if (list.length < 2) continue;
      list.sort((a, b) => a.lo - b.lo);
      // Clusters of overlapping segments.
      let cluster: Seg[] = [];
      let end = -Infinity;
      const flush = (): void => {
        const groups = [...new Set(cluster.map((s) => s.group))];
        if (groups.length > 1) {
          const n = groups.length;
          const step = Math.min(spacing, (2 * maxShift) / Math.max(1, n - 1));
          for (const s of cluster) {
            const gi = groups.indexOf(s.group);
            const off = (gi - (n - 1) / 2) * step;
            const p = routes[s.r].pts;
            if (vertical) { p[s.k].x += off; p[s.k + 1].x += off; } else { p[s.k].y += off; p[s.k + 1].y += off; }
          }
        }
        cluster = [];
      };
      for (const s of list) {
        if (s.lo > end - 0.01 && cluster.length) { flush(); end = -Infinity; }
        cluster.push(s);
        end = Math.max(end, s.hi);
      }
      if (cluster.length) flush();
    }
  }
}
