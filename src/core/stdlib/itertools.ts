// The itertools module: Modules/itertoolsmodule.c (3.11.7 and 3.14.10).
// Every iterator is a GC-tracked native object holding exactly the
// references the C struct holds (labels name the C fields), including the
// result-tuple reuse of product/combinations/permutations/zip_longest (and
// pairwise in 3.12+): a result tuple nobody else holds is refilled in place.

import { messageOf } from '../versionnote.js';
import { PyObject, PyType, PyTuple, PyList, PyInt, PyFloat, PyNative } from '../object.js';
import { T, EXC } from '../types.js';
import {
  R, None, True, newInt, newStr, newTuple, newList, incref, decref, raise, typeError, call, isInstance, notSupported, splitKw,
} from '../rt.js';
import { registerModule } from '../modules.js';
import { inlineDict } from '../classes.js';
import { binop, big } from '../num.js';
import * as ops from '../ops.js';
import { PyExc } from '../errors.js';
import { listAppend } from '../list.js';
import {
  staticType, defNew, def, iterType, setHeld, parseArgs, noKwargs, checkPositional, asSsize, bfn, moduleOf, indexValue,
} from './util.js';

function itType(name: string): PyType {
  const t = staticType(name, 'itertools', { gc: true });
  defNew(t);
  return t;
}

/** type->tp_alloc: a native object; heap subclasses also get their __dict__. */
function alloc(t: PyType, held: (PyObject | null)[], labels: string[], state: any = null): PyNative {
  const o = newNative(t, held, labels, state);
  if (t.isHeapType && t.hasDict && !o.dict) o.dict = inlineDict();
  return o;
}
import { newNative } from '../rt.js';

/** Native types refuse keywords only when not subclassed (`type == X_type || type->tp_init == X_type->tp_init`). */
function noKw(base: PyType, t: PyType, name: string, kw: string[] | null): void {
  if (kw && kw.length && (t === base || t.lookup('__init__') === base.lookup('__init__'))) typeError(`${name}() takes no keyword arguments`);
}

/** PySequence_Tuple: a new reference to a tuple of the iterable's items. */
function seqTuple(o: PyObject): PyTuple {
  if (o instanceof PyTuple && o.type === T.tuple) return incref(o);
  return newTuple(ops.toArray(o));
}

function held(o: PyNative, i: number): PyObject | null { return o.held[i]; }

/** Copy the previous result tuple (when someone else still holds it) or recycle it in place. */
function ownResult(o: PyNative, idx: number): PyTuple {
  const result = o.held[idx] as PyTuple;
  if (result.rc > 1 && !result.imm) {
    const copy = newTuple(result.items.map((x) => incref(x)));
    o.held[idx] = copy;
    decref(result);
    return copy as PyTuple;
  }
  // bpo-42536: the collector may have untracked the tuple; recycling re-tracks it
  if (!result.tracked && !result.imm && result.items.length) R.heap.track(result);
  return result;
}
function setItem(t: PyTuple, i: number, v: PyObject): void {
  const old = t.items[i];
  t.items[i] = incref(v);
  decref(old);
}

// ---------------------------------------------------------------- count
const CountType = itType('count');
interface CountState { cnt: bigint | null }
CountType.newFn = (t, args, kw) => {
  const [start, step] = parseArgs('count', args, kw, ['start', 'step'], 0);
  const isNum = (o: PyObject) => o instanceof PyInt || o instanceof PyFloat || !!o.type.lookup('__index__') || !!o.type.lookup('__float__') || !!o.type.lookup('__int__');
  if ((start && !isNum(start)) || (step && !isNum(step))) typeError('a number is required');
  let fast = (!start || start instanceof PyInt) && (!step || step instanceof PyInt);
  let cnt = 0n;
  if (start && fast) {
    cnt = big((start as PyInt).v);
    if (cnt > 9223372036854775807n || cnt < -9223372036854775808n) fast = false;
  }
  const longStep = step ?? newInt(1);
  if (fast && big((longStep as PyInt).v) !== 1n) fast = false;
  if (fast) return alloc(t, [null, longStep], ['long_cnt', 'long_step'], { cnt } as CountState);
  return alloc(t, [start ?? newInt(0), longStep], ['long_cnt', 'long_step'], { cnt: null } as CountState);
};
iterType(CountType, (o) => {
  const st = o.state as CountState;
  if (st.cnt !== null) {
    if (st.cnt < 9223372036854775807n) { const v = st.cnt; st.cnt = v + 1n; return newInt(v); }
    // switch to slow mode at PY_SSIZE_T_MAX
    o.held[0] = newInt(st.cnt);
    st.cnt = null;
  }
  const cur = o.held[0]!;
  const next = binop(cur, o.held[1]!, 0);
  o.held[0] = next;
  return cur; // the reference count moves to the caller
});
def(CountType, '__repr__', (self) => {
  const o = self as PyNative;
  const name = self.type.name;
  const st = o.state as CountState;
  if (o.held[0] === null) return newStr(`${name}(${st.cnt})`);
  const step = o.held[1]!;
  if (step instanceof PyInt && big(step.v) === 1n) return newStr(`${name}(${ops.repr(o.held[0]!)})`);
  return newStr(`${name}(${ops.repr(o.held[0]!)}, ${ops.repr(step)})`);
});

// ---------------------------------------------------------------- cycle
const CycleType = itType('cycle');
CycleType.newFn = (t, args, kw) => {
  noKw(CycleType, t, 'cycle', kw);
  checkPositional('cycle', args.length, 1, 1);
  const it = ops.iter(args[0]);
  const saved = newList([]);
  const o = alloc(t, [it, saved], ['it', 'saved'], { index: 0, firstpass: false });
  decref(it); decref(saved);
  return o;
};
iterType(CycleType, (o) => {
  const st = o.state;
  const it = o.held[0];
  if (it) {
    const item = ops.next(it);
    if (item !== null) {
      if (st.firstpass) return item;
      listAppend(o.held[1] as PyList, item);
      return item;
    }
    setHeld(o, 0, null);
  }
  const saved = o.held[1] as PyList;
  if (!saved.items.length) return null;
  const item = saved.items[st.index];
  st.index++;
  if (st.index >= saved.items.length) st.index = 0;
  return incref(item);
});

// ---------------------------------------------------------------- repeat
const RepeatType = itType('repeat');
RepeatType.newFn = (t, args, kw) => {
  const [obj, times] = parseArgs('repeat', args, kw, ['object', 'times'], 1, 2, 'getargs');
  let cnt = -1;
  if (times !== undefined) {
    if (times instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
    cnt = asSsize(times);
    if (cnt < 0) cnt = 0;
  }
  return alloc(t, [obj!], ['element'], { cnt });
};
iterType(RepeatType, (o) => {
  const st = o.state;
  if (st.cnt === 0) return null;
  if (st.cnt > 0) st.cnt--;
  return incref(o.held[0]!);
});
def(RepeatType, '__repr__', (self) => {
  const o = self as PyNative;
  if (o.state.cnt === -1) return newStr(`${self.type.name}(${ops.repr(o.held[0]!)})`);
  return newStr(`${self.type.name}(${ops.repr(o.held[0]!)}, ${o.state.cnt})`);
});
def(RepeatType, '__length_hint__', (self) => {
  const o = self as PyNative;
  if (o.state.cnt === -1) typeError('len() of unsized object');
  return newInt(o.state.cnt);
});
(RepeatType as any).lengthHint = (o: PyNative) => (o.state.cnt === -1 ? -1 : o.state.cnt);

// ---------------------------------------------------------------- islice
const IsliceType = itType('islice');
IsliceType.newFn = (t, args, kw) => {
  noKw(IsliceType, t, 'islice', kw);
  checkPositional('islice', args.length, 2, 4);
  const ssize = (o: PyObject): number => {
    try { return asSsize(o); } catch (e) {
      if (e instanceof PyExc) { decref(e.exc); return -1; }
      throw e;
    }
  };
  const STOP = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  let start = 0, stop = -1, step = 1;
  const [seq, a1, a2, a3] = args;
  if (args.length === 2) {
    if (a1 !== None) { stop = ssize(a1); if (stop === -1) raise('ValueError', STOP); }
  } else {
    if (a1 !== None) start = ssize(a1);
    if (a2 !== None) { stop = ssize(a2); if (stop === -1) raise('ValueError', STOP); }
  }
  if (start < 0 || stop < -1) raise('ValueError', 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  if (a3 !== undefined && a3 !== None) step = ssize(a3);
  if (step < 1) raise('ValueError', 'Step for islice() must be a positive integer or None.');
  const it = ops.iter(seq);
  const o = alloc(t, [it], ['it'], { next: start, stop, step, cnt: 0 });
  decref(it);
  return o;
};
iterType(IsliceType, (o) => {
  const it = o.held[0];
  if (!it) return null;
  const st = o.state;
  const empty = () => { setHeld(o, 0, null); return null; };
  while (st.cnt < st.next) {
    const item = ops.next(it);
    if (item === null) return empty();
    decref(item);
    st.cnt++;
  }
  if (st.stop !== -1 && st.cnt >= st.stop) return empty();
  const item = ops.next(it);
  if (item === null) return empty();
  st.cnt++;
  st.next += st.step;
  if (st.stop !== -1 && st.next > st.stop) st.next = st.stop;
  return item;
});

// ---------------------------------------------------------------- chain
const ChainType = itType('chain');
ChainType.newFn = (t, args, kw) => {
  noKw(ChainType, t, 'chain', kw);
  const tup = newTuple(args.map((a) => incref(a)));
  const source = ops.iter(tup);
  decref(tup);
  const o = alloc(t, [source, null], ['source', 'active']);
  decref(source);
  return o;
};
def(ChainType, 'from_iterable', (cls, args, kw) => {
  noKwargs('from_iterable', kw);
  checkPositional('from_iterable', args.length, 1, 1);
  const source = ops.iter(args[0]);
  const o = alloc(cls as PyType, [source, null], ['source', 'active']);
  decref(source);
  return o;
}, 'class');
iterType(ChainType, (o) => {
  while (o.held[0]) {
    if (!o.held[1]) {
      const iterable = ops.next(o.held[0]!);
      if (iterable === null) { setHeld(o, 0, null); return null; }
      let active: PyObject;
      try { active = ops.iter(iterable); } catch (e) { decref(iterable); setHeld(o, 0, null); throw e; }
      decref(iterable);
      o.held[1] = active;
    }
    const item = ops.next(o.held[1]!);
    if (item !== null) return item;
    setHeld(o, 1, null);
  }
  return null;
});

// ---------------------------------------------------------------- product
const ProductType = itType('product');
ProductType.newFn = (t, args, kw) => {
  const [pos, kws] = splitKw(args, kw);
  let repeat = 1;
  for (const k of kws.keys()) {
    if (k === 'repeat') continue;
    typeError(messageOf('badKeyword', 'product', k, ['repeat']));
  }
  const r = kws.get('repeat');
  if (r !== undefined) {
    if (r instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
    repeat = asSsize(r);
    if (repeat < 0) raise('ValueError', 'repeat argument cannot be negative');
  }
  const nargs = repeat === 0 ? 0 : pos.length;
  const pools: PyObject[] = [];
  try {
    for (let i = 0; i < nargs; i++) pools.push(seqTuple(pos[i]));
  } catch (e) { for (const p of pools) decref(p); throw e; }
  const all: PyObject[] = [];
  for (let k = 0; k < repeat && nargs; k++) for (const p of pools) all.push(k === 0 ? p : incref(p));
  const poolsT = newTuple(all);
  const o = alloc(t, [poolsT, null], ['pools', 'result'], { indices: all.map(() => 0), stopped: false });
  decref(poolsT);
  return o;
};
iterType(ProductType, (o) => {
  const st = o.state;
  if (st.stopped) return null;
  const pools = (o.held[0] as PyTuple).items as PyTuple[];
  const n = pools.length;
  if (!o.held[1]) {
    if (pools.some((p) => p.items.length === 0)) { st.stopped = true; return null; }
    o.held[1] = newTuple(pools.map((p) => incref(p.items[0])));
  } else {
    const result = ownResult(o, 1);
    const idx: number[] = st.indices;
    let i = n - 1;
    for (; i >= 0; i--) {
      const pool = pools[i];
      idx[i]++;
      if (idx[i] === pool.items.length) { idx[i] = 0; setItem(result, i, pool.items[0]); }
      else { setItem(result, i, pool.items[idx[i]]); break; }
    }
    if (i < 0) { st.stopped = true; return null; }
  }
  return incref(o.held[1]!);
});

// ---------------------------------------------------------------- combinations / with replacement / permutations
function comboNew(name: string, t: PyType, args: PyObject[], kw: string[] | null, withRepl: boolean): PyObject {
  const [iterable, rO] = parseArgs(name, args, kw, ['iterable', 'r'], 2);
  const pool = seqTuple(iterable!);
  let r: number;
  try {
    if (rO instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
    r = asSsize(rO!);
    if (r < 0) raise('ValueError', 'r must be non-negative');
  } catch (e) { decref(pool); throw e; }
  const n = pool.items.length;
  const indices = withRepl ? new Array(r).fill(0) : Array.from({ length: r }, (_, i) => i);
  const o = alloc(t, [pool, null], ['pool', 'result'], { indices, r, stopped: withRepl ? (n === 0 && r > 0) : r > n });
  decref(pool);
  return o;
}
const CombinationsType = itType('combinations');
CombinationsType.newFn = (t, args, kw) => comboNew('combinations', t, args, kw, false);
iterType(CombinationsType, (o) => {
  const st = o.state;
  if (st.stopped) return null;
  const pool = (o.held[0] as PyTuple).items;
  const n = pool.length, r: number = st.r, idx: number[] = st.indices;
  if (!o.held[1]) {
    o.held[1] = newTuple(idx.map((i) => incref(pool[i])));
  } else {
    const result = ownResult(o, 1);
    let i = r - 1;
    while (i >= 0 && idx[i] === i + n - r) i--;
    if (i < 0) { st.stopped = true; return null; }
    idx[i]++;
    for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
    for (; i < r; i++) setItem(result, i, pool[idx[i]]);
  }
  return incref(o.held[1]!);
});
const CwrType = itType('combinations_with_replacement');
CwrType.newFn = (t, args, kw) => comboNew('combinations_with_replacement', t, args, kw, true);
iterType(CwrType, (o) => {
  const st = o.state;
  if (st.stopped) return null;
  const pool = (o.held[0] as PyTuple).items;
  const n = pool.length, r: number = st.r, idx: number[] = st.indices;
  if (!o.held[1]) {
    o.held[1] = newTuple(n > 0 ? idx.map(() => incref(pool[0])) : []);
  } else {
    const result = ownResult(o, 1);
    let i = r - 1;
    while (i >= 0 && idx[i] === n - 1) i--;
    if (i < 0) { st.stopped = true; return null; }
    const index = idx[i] + 1;
    for (; i < r; i++) { idx[i] = index; setItem(result, i, pool[index]); }
  }
  return incref(o.held[1]!);
});
const PermutationsType = itType('permutations');
PermutationsType.newFn = (t, args, kw) => {
  const [iterable, rO] = parseArgs('permutations', args, kw, ['iterable', 'r'], 1);
  const pool = seqTuple(iterable!);
  const n = pool.items.length;
  let r = n;
  try {
    if (rO !== undefined && rO !== None) {
      if (!(rO instanceof PyInt)) typeError('Expected int as r');
      r = asSsize(rO);
    }
    if (r < 0) raise('ValueError', 'r must be non-negative');
  } catch (e) { decref(pool); throw e; }
  const o = alloc(t, [pool, null], ['pool', 'result'], {
    indices: Array.from({ length: n }, (_, i) => i), cycles: Array.from({ length: r }, (_, i) => n - i), r, stopped: r > n,
  });
  decref(pool);
  return o;
};
iterType(PermutationsType, (o) => {
  const st = o.state;
  if (st.stopped) return null;
  const pool = (o.held[0] as PyTuple).items;
  const n = pool.length, r: number = st.r, idx: number[] = st.indices, cycles: number[] = st.cycles;
  if (!o.held[1]) {
    o.held[1] = newTuple(idx.slice(0, r).map((i) => incref(pool[i])));
  } else {
    if (n === 0) { st.stopped = true; return null; }
    const result = ownResult(o, 1);
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i] -= 1;
      if (cycles[i] === 0) {
        const index = idx[i];
        for (let j = i; j < n - 1; j++) idx[j] = idx[j + 1];
        idx[n - 1] = index;
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        const index = idx[i];
        idx[i] = idx[n - j];
        idx[n - j] = index;
        for (let k = i; k < r; k++) setItem(result, k, pool[idx[k]]);
        break;
      }
    }
    if (i < 0) { st.stopped = true; return null; }
  }
  return incref(o.held[1]!);
});

// ---------------------------------------------------------------- groupby / _grouper
const GroupbyType = itType('groupby');
const GrouperType = itType('_grouper');
GroupbyType.newFn = (t, args, kw) => {
  const [it, key] = parseArgs('groupby', args, kw, ['iterable', 'key'], 1);
  const keyfunc = key ?? None;
  const iter = ops.iter(it!);
  const o = alloc(t, [iter, keyfunc, null, null, null], ['it', 'keyfunc', 'tgtkey', 'currkey', 'currvalue'], { currgrouper: null });
  decref(iter);
  return o;
};
/** groupby_step: advance to the next value; false at the end. */
function groupbyStep(g: PyNative): boolean {
  const v = ops.next(g.held[0]!);
  if (v === null) return false;
  let k: PyObject;
  if (g.held[1] === None) k = incref(v);
  else {
    try { k = call(g.held[1]!, [v]); } catch (e) { decref(v); throw e; }
  }
  const oldValue = g.held[4];
  g.held[4] = v;
  setHeld(g, 3, k);
  if (oldValue) decref(oldValue);
  return true;
}
iterType(GroupbyType, (g) => {
  g.state.currgrouper = null;
  for (;;) {
    if (g.held[3] === null) { /* pass */ }
    else if (g.held[2] === null) break;
    else if (!ops.eq(g.held[2]!, g.held[3]!)) break;
    if (!groupbyStep(g)) return null;
  }
  setHeld(g, 2, incref(g.held[3]!));
  const grouper = alloc(GrouperType, [g, g.held[2]], ['parent', 'tgtkey']);
  g.state.currgrouper = grouper;
  const r = newTuple([incref(g.held[3]!), grouper]);
  return r;
});
iterType(GrouperType, (o) => {
  const g = o.held[0] as PyNative;
  if (g.state.currgrouper !== o) return null;
  if (g.held[4] === null) {
    if (!groupbyStep(g)) return null;
  }
  if (!ops.eq(o.held[1]!, g.held[3]!)) return null;
  const r = g.held[4]!;
  g.held[4] = null;
  setHeld(g, 3, null);
  return r;
});
GrouperType.newFn = () => typeError("cannot create 'itertools._grouper' instances");

// ---------------------------------------------------------------- accumulate
const AccumulateType = itType('accumulate');
AccumulateType.newFn = (t, args, kw) => {
  const [iterable, func, initial] = parseArgs('accumulate', args, kw, ['iterable', 'func', 'initial'], 1, 2);
  const it = ops.iter(iterable!);
  const binopF = func !== undefined && func !== None ? func : null;
  const o = alloc(t, [null, it, binopF, initial ?? None], ['total', 'it', 'binop', 'initial']);
  decref(it);
  return o;
};
iterType(AccumulateType, (o) => {
  if (o.held[3] !== None) {
    const init = o.held[3]!;
    const oldTotal = o.held[0];
    o.held[0] = init;          // the reference moves from initial to total
    o.held[3] = None;
    if (oldTotal) decref(oldTotal);
    return incref(init);
  }
  const val = ops.next(o.held[1]!);
  if (val === null) return null;
  if (o.held[0] === null) { o.held[0] = incref(val); return val; }
  let nt: PyObject;
  try {
    nt = o.held[2] === null ? binop(o.held[0]!, val, 0) : call(o.held[2]!, [o.held[0]!, val]);
  } finally { decref(val); }
  setHeld(o, 0, incref(nt));
  return nt;
});

// ---------------------------------------------------------------- takewhile / dropwhile / filterfalse / starmap / compress
const TakewhileType = itType('takewhile');
const DropwhileType = itType('dropwhile');
for (const [ty, name] of [[TakewhileType, 'takewhile'], [DropwhileType, 'dropwhile']] as const) {
  ty.newFn = (t, args, kw) => {
    noKw(ty, t, name, kw);
    checkPositional(name, args.length, 2, 2);
    const it = ops.iter(args[1]);
    const o = alloc(t, [args[0], it], ['func', 'it'], { flag: false });
    decref(it);
    return o;
  };
}
iterType(TakewhileType, (o) => {
  if (o.state.flag) return null;
  const item = ops.next(o.held[1]!);
  if (item === null) return null;
  let ok: boolean;
  try { const good = call(o.held[0]!, [item]); try { ok = ops.truthy(good); } finally { decref(good); } } catch (e) { decref(item); throw e; }
  if (ok) return item;
  decref(item);
  o.state.flag = true;
  return null;
});
iterType(DropwhileType, (o) => {
  for (;;) {
    const item = ops.next(o.held[1]!);
    if (item === null) return null;
    if (o.state.flag) return item;
    let ok: boolean;
    try { const good = call(o.held[0]!, [item]); try { ok = ops.truthy(good); } finally { decref(good); } } catch (e) { decref(item); throw e; }
    if (!ok) { o.state.flag = true; return item; }
    decref(item);
  }
});
const FilterfalseType = itType('filterfalse');
FilterfalseType.newFn = (t, args, kw) => {
  noKw(FilterfalseType, t, 'filterfalse', kw);
  checkPositional('filterfalse', args.length, 2, 2);
  const it = ops.iter(args[1]);
  const o = alloc(t, [args[0], it], ['func', 'it']);
  decref(it);
  return o;
};
iterType(FilterfalseType, (o) => {
  for (;;) {
    const item = ops.next(o.held[1]!);
    if (item === null) return null;
    let ok: boolean;
    const f = o.held[0]!;
    try {
      if (f === None || f === T.bool) ok = ops.truthy(item);
      else { const good = call(f, [item]); try { ok = ops.truthy(good); } finally { decref(good); } }
    } catch (e) { decref(item); throw e; }
    if (!ok) return item;
    decref(item);
  }
});
const StarmapType = itType('starmap');
StarmapType.newFn = (t, args, kw) => {
  noKw(StarmapType, t, 'starmap', kw);
  checkPositional('starmap', args.length, 2, 2);
  const it = ops.iter(args[1]);
  const o = alloc(t, [args[0], it], ['func', 'it']);
  decref(it);
  return o;
};
iterType(StarmapType, (o) => {
  let a = ops.next(o.held[1]!);
  if (a === null) return null;
  if (!(a instanceof PyTuple && a.type === T.tuple)) {
    let t: PyObject;
    try { t = seqTuple(a); } finally { decref(a); }
    a = t;
  }
  try { return call(o.held[0]!, (a as PyTuple).items.slice()); } finally { decref(a); }
});
const CompressType = itType('compress');
CompressType.newFn = (t, args, kw) => {
  const [data, selectors] = parseArgs('compress', args, kw, ['data', 'selectors'], 2);
  const d = ops.iter(data!);
  let s: PyObject;
  try { s = ops.iter(selectors!); } catch (e) { decref(d); throw e; }
  const o = alloc(t, [d, s], ['data', 'selectors']);
  decref(d); decref(s);
  return o;
};
iterType(CompressType, (o) => {
  for (;;) {
    const datum = ops.next(o.held[0]!);
    if (datum === null) return null;
    const sel = ops.next(o.held[1]!);
    if (sel === null) { decref(datum); return null; }
    let ok: boolean;
    try { ok = ops.truthy(sel); } catch (e) { decref(datum); throw e; } finally { decref(sel); }
    if (ok) return datum;
    decref(datum);
  }
});

// ---------------------------------------------------------------- zip_longest
const ZipLongestType = itType('zip_longest');
// NON-CPYTHON detail: the iterators are held directly (CPython keeps them in an
// `ittuple` tuple whose slots it sets to NULL as they run out).
ZipLongestType.newFn = (t, args, kw) => {
  const [pos, kws] = splitKw(args, kw);
  let fill: PyObject = None;
  if (kws.size) {
    const f = kws.size === 1 ? kws.get('fillvalue') : undefined;
    if (f === undefined) typeError('zip_longest() got an unexpected keyword argument');
    fill = f!;
  }
  const its: PyObject[] = [];
  try { for (const p of pos) its.push(ops.iter(p)); } catch (e) { for (const i of its) decref(i); throw e; }
  const result = newTuple(pos.map(() => None));
  const o = alloc(t, [result, fill, ...its], ['result', 'fillvalue', ...its.map((_, i) => `ittuple[${i}]`)], { numactive: pos.length, size: pos.length });
  for (const i of its) decref(i);
  decref(result);
  return o;
};
iterType(ZipLongestType, (o) => {
  const st = o.state;
  const n: number = st.size;
  if (n === 0 || st.numactive === 0) return null;
  const fill = o.held[1]!;
  const nextItem = (i: number): PyObject | null => {
    const it = o.held[2 + i];
    if (!it) return incref(fill);
    const item = ops.next(it);
    if (item === null) {
      st.numactive -= 1;
      if (st.numactive === 0) return null;
      setHeld(o, 2 + i, null);
      return incref(fill);
    }
    return item;
  };
  const result = o.held[0] as PyTuple;
  if (result.rc === 1) {
    incref(result);
    for (let i = 0; i < n; i++) {
      let item: PyObject | null;
      try { item = nextItem(i); } catch (e) { st.numactive = 0; decref(result); throw e; }
      if (item === null) { st.numactive = 0; decref(result); return null; }
      const old = result.items[i];
      result.items[i] = item;
      decref(old);
    }
    if (!result.tracked) R.heap.track(result);
    return result;
  }
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) {
    let item: PyObject | null;
    try { item = nextItem(i); } catch (e) { st.numactive = 0; for (const x of items) decref(x); throw e; }
    if (item === null) { st.numactive = 0; for (const x of items) decref(x); return null; }
    items.push(item);
  }
  return newTuple(items);
});

// ---------------------------------------------------------------- pairwise / batched
const PairwiseType = itType('pairwise');
PairwiseType.newFn = (t, args, kw) => {
  noKw(PairwiseType, t, 'pairwise', kw);
  checkPositional('pairwise', args.length, 1, 1);
  const it = ops.iter(args[0]);
  const reuse = R.rules.version !== '3.11';
  const result = reuse ? newTuple([None, None]) : null;
  const o = alloc(t, [it, null, result], ['it', 'old', 'result']);
  decref(it);
  if (result) decref(result);
  return o;
};
iterType(PairwiseType, (o) => {
  let it = o.held[0];
  if (!it) return null;
  let old = o.held[1];
  if (!old) {
    old = ops.next(it);
    o.held[1] = old;
    if (old === null) { setHeld(o, 0, null); return null; }
    it = o.held[0];
    if (!it) { setHeld(o, 1, null); return null; }
  }
  incref(old);
  let nw: PyObject | null;
  try { nw = ops.next(it); } catch (e) { decref(old); throw e; }
  if (nw === null) { setHeld(o, 0, null); setHeld(o, 1, null); decref(old); return null; }
  let result: PyTuple;
  const cached = o.held[2] as PyTuple | null;
  if (cached && cached.rc === 1) {
    result = incref(cached);
    const lo = result.items[0], ln = result.items[1];
    result.items[0] = incref(old); result.items[1] = incref(nw);
    decref(lo); decref(ln);
    if (!result.tracked) R.heap.track(result);
  } else result = newTuple([incref(old), incref(nw)]) as PyTuple;
  setHeld(o, 1, nw);
  decref(old);
  return result;
});
const BatchedType = itType('batched');
BatchedType.newFn = (t, args, kw) => {
  const [iterable, nO, strictO] = parseArgs('batched', args, kw, ['iterable', 'n', 'strict'], 2, 2);
  if (nO instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
  const n = asSsize(nO!);
  if (n < 1) raise('ValueError', 'n must be at least one');
  const strict = strictO ? ops.truthy(strictO) : false;
  const it = ops.iter(iterable!);
  const o = alloc(t, [it], ['it'], { n, strict });
  decref(it);
  return o;
};
iterType(BatchedType, (o) => {
  const st = o.state;
  if (st.n < 0) return null;
  const items: PyObject[] = [];
  const it = o.held[0]!;
  try {
    for (let i = 0; i < st.n; i++) {
      const item = ops.next(it);
      if (item === null) break;
      items.push(item);
    }
  } catch (e) { st.n = -1; setHeld(o, 0, null); for (const x of items) decref(x); throw e; }
  if (items.length === 0) { st.n = -1; setHeld(o, 0, null); return null; }
  if (items.length < st.n && st.strict) {
    st.n = -1; setHeld(o, 0, null); for (const x of items) decref(x);
    raise('ValueError', 'batched(): incomplete batch');
  }
  return newTuple(items);
});

// ---------------------------------------------------------------- tee
const LINKCELLS = 57;
const TeeDataType = itType('_tee_dataobject');
const TeeType = itType('_tee');
TeeType.weakrefable = true;
function newTeeData(it: PyObject): PyNative {
  const held: (PyObject | null)[] = [it, ...new Array(LINKCELLS).fill(null), null];
  const labels = ['it', ...Array.from({ length: LINKCELLS }, (_, i) => `values[${i}]`), 'nextlink'];
  return newNative(TeeDataType, held, labels, { numread: 0, running: false });
}
function teeGetitem(tdo: PyNative, i: number): PyObject | null {
  const st = tdo.state;
  if (i < st.numread) return incref(tdo.held[1 + i]!);
  if (st.running) raise('RuntimeError', 'cannot re-enter the tee iterator');
  st.running = true;
  let v: PyObject | null;
  try { v = ops.next(tdo.held[0]!); } finally { st.running = false; }
  if (v === null) return null;
  st.numread++;
  tdo.held[1 + i] = v;
  return incref(v);
}
function teeCopy(to: PyNative): PyNative {
  return newNative(to.type, [to.held[0]], ['dataobj'], { index: to.state.index });
}
function teeFromIterable(iterable: PyObject): PyNative {
  const it = ops.iter(iterable);
  try {
    if (it.type.isSubtypeOf(TeeType)) return teeCopy(it as PyNative);
    const data = newTeeData(it);
    const to = newNative(TeeType, [data], ['dataobj'], { index: 0 });
    decref(data);
    return to;
  } finally { decref(it); }
}
iterType(TeeType, (to) => {
  if (to.state.index >= LINKCELLS) {
    const tdo = to.held[0] as PyNative;
    if (!tdo.held[LINKCELLS + 1]) tdo.held[LINKCELLS + 1] = newTeeData(tdo.held[0]!);
    setHeld(to, 0, incref(tdo.held[LINKCELLS + 1]!));
    to.state.index = 0;
  }
  const v = teeGetitem(to.held[0] as PyNative, to.state.index);
  if (v === null) return null;
  to.state.index++;
  return v;
});
def(TeeType, '__copy__', (self) => teeCopy(self as PyNative));
TeeType.newFn = (_t, args, kw) => {
  noKwargs('_tee', kw);
  checkPositional('_tee', args.length, 1, 1);
  return teeFromIterable(args[0]);
};
TeeDataType.newFn = () => notSupported('itertools._tee_dataobject()');

// ---------------------------------------------------------------- the module
const TYPES: Record<string, PyType> = {
  accumulate: AccumulateType, chain: ChainType, combinations: CombinationsType, combinations_with_replacement: CwrType,
  compress: CompressType, count: CountType, cycle: CycleType, dropwhile: DropwhileType, filterfalse: FilterfalseType,
  groupby: GroupbyType, islice: IsliceType, pairwise: PairwiseType, permutations: PermutationsType, product: ProductType,
  repeat: RepeatType, starmap: StarmapType, takewhile: TakewhileType, zip_longest: ZipLongestType, _grouper: GrouperType,
};
registerModule('itertools', () => {
  const members: Record<string, PyObject> = { ...TYPES };
  if (R.rules.version !== '3.11') members.batched = BatchedType;
  members.tee = bfn('tee', (a, kw) => {
    noKwargs('tee', kw);
    checkPositional('tee', a.length, 1, 2);
    let n = 2;
    if (a.length > 1) {
      if (a[1] instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
      n = asSsize(a[1]);
    }
    if (n < 0) raise('ValueError', 'n must be >= 0');
    if (n === 0) return newTuple([]);
    const it = ops.iter(a[0]);
    if (R.rules.version === '3.11') {
      // 3.11: an iterator with __copy__ is used as it is, and copied with its own __copy__
      const copyfunc = ops.getattrOpt(it, '__copy__');
      const out: PyObject[] = [];
      try {
        let copyable: PyObject;
        if (copyfunc) copyable = it;
        else { copyable = teeFromIterable(it); decref(it); }
        out.push(copyable);
        const cf = copyfunc ?? ops.getattr(copyable, '__copy__');
        try { for (let i = 1; i < n; i++) out.push(call(cf, [])); } finally { decref(cf); }
      } catch (e) { for (const x of out) decref(x); throw e; }
      return newTuple(out);
    }
    let first: PyNative;
    try { first = teeFromIterable(it); } finally { decref(it); }
    const out: PyObject[] = [first];
    for (let i = 1; i < n; i++) out.push(teeCopy(first));
    return newTuple(out);
  });
  return moduleOf('itertools', members);
});

export { isInstance, EXC, True, indexValue, held, ChainType, StarmapType, RepeatType, CountType };
