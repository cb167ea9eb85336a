// The heapq module: Modules/_heapqmodule.c (heappush, heappop, heapify, heapreplace, heappushpop and
// the max-heap variants: private in 3.11, public in 3.14) and Lib/heapq.py (merge, nsmallest, nlargest,
// run as Python on the simulator).
import { PyObject, PyList } from '../object.js';
import { T } from '../types.js';
import { R, None, incref, decref, raise, typeError, notSupported, PyBuiltin, newList } from '../rt.js';
import { registerModule } from '../modules.js';
import { holding } from '../nativeheld.js';
import { listResize, listAppend } from '../list.js';
import { dictGetStr } from '../dict.js';
import * as ops from '../ops.js';
import { runLibrary } from './pylib.js';
import { bfn, moduleOf } from './util.js';

type Sift = (heap: PyList, pos: number) => void;

/**
 * PyObject_RichCompareBool(a, b, Py_LT) with the references siftdown / siftup hold on both items meanwhile
 * (Modules/_heapqmodule.c: Py_INCREF(newitem); Py_INCREF(parent) around the comparison; checked on both
 * versions with sys.getrefcount inside __lt__); heappushpop holds only the root (`held`).
 */
function less(a: PyObject, b: PyObject, held: PyObject[] = [a, b]): boolean {
  for (const o of held) incref(o);
  try { return holding('heapq, holding the items it compares (Modules/_heapqmodule.c)', held, () => ops.lt(a, b)); } finally { for (const o of held) decref(o); }
}

function changed(heap: PyList, size: number): void {
  if (heap.items.length !== size) raise('RuntimeError', 'list changed size during iteration');
}

/** _heapqmodule.c: siftdown / siftdown_max — move the item at pos up while it is less (greater) than its parent. */
function siftdown(heap: PyList, startpos: number, pos: number, max: boolean): void {
  const size = heap.items.length;
  if (pos >= size) raise('IndexError', 'index out of range');
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const newitem = heap.items[pos], parent = heap.items[parentpos];
    const cmp = max ? less(parent, newitem) : less(newitem, parent);
    changed(heap, size);
    if (!cmp) break;
    const arr = heap.items;
    const p = arr[parentpos];
    arr[parentpos] = arr[pos];
    arr[pos] = p;
    pos = parentpos;
  }
}

/** _heapqmodule.c: siftup / siftup_max — bubble the smaller (larger) child up to a leaf, then siftdown. */
function siftupWith(max: boolean): Sift {
  return (heap, pos) => {
    const endpos = heap.items.length, startpos = pos;
    if (pos >= endpos) raise('IndexError', 'index out of range');
    const limit = endpos >> 1;
    while (pos < limit) {
      let childpos = 2 * pos + 1;
      if (childpos + 1 < endpos) {
        const a = heap.items[childpos], b = heap.items[childpos + 1];
        const cmp = max ? less(b, a) : less(a, b);
        if (!cmp) childpos++;
        changed(heap, endpos);
      }
      const arr = heap.items;
      const t = arr[childpos];
      arr[childpos] = arr[pos];
      arr[pos] = t;
      pos = childpos;
    }
    siftdown(heap, startpos, pos, max);
  };
}
const siftup = siftupWith(false), siftupMax = siftupWith(true);

/** Argument Clinic's check of a `list` parameter: "heappush() argument 1 must be list, not int". */
function heapArg(fn: string, o: PyObject, which: string): PyList {
  if (!(o instanceof PyList) || !o.type.isSubtypeOf(T.list)) typeError(`${fn}() ${which} must be list, not ${o.type.name}`);
  return o as PyList;
}

/** A METH_O function (heappop, heapify, ...). */
function unary(name: string, f: (heap: PyList) => PyObject): PyBuiltin {
  return bfn(name, (a, kw) => {
    if (kw && kw.length) typeError(`_heapq.${name}() takes no keyword arguments`);
    if (a.length !== 1) typeError(`_heapq.${name}() takes exactly one argument (${a.length} given)`);
    return f(heapArg(name, a[0], 'argument'));
  });
}
/** A METH_FASTCALL function of (heap, item). */
function binary(name: string, f: (heap: PyList, item: PyObject) => PyObject): PyBuiltin {
  return bfn(name, (a, kw) => {
    if (kw && kw.length) typeError(`_heapq.${name}() takes no keyword arguments`);
    if (a.length !== 2) typeError(`${name} expected 2 arguments, got ${a.length}`);
    return f(heapArg(name, a[0], 'argument 1'), a[1]);
  });
}

function push(heap: PyList, item: PyObject, max: boolean): PyObject {
  listAppend(heap, item);
  siftdown(heap, 0, heap.items.length - 1, max);
  return None;
}

/** heappop_internal: the last item is cut off (PyList_SetSlice: an emptied list is cleared) and sifted in at the root. */
function pop(heap: PyList, sift: Sift): PyObject {
  const n = heap.items.length;
  if (n === 0) raise('IndexError', 'index out of range');
  const lastelt = heap.items.pop()!;
  if (n - 1 === 0) { heap.allocated = 0; return lastelt; }
  listResize(heap, n - 1);
  const returnitem = heap.items[0];
  heap.items[0] = lastelt;
  try { sift(heap, 0); } catch (e) { decref(returnitem); throw e; }
  return returnitem;
}

function replace(heap: PyList, item: PyObject, sift: Sift): PyObject {
  if (heap.items.length === 0) raise('IndexError', 'index out of range');
  const returnitem = heap.items[0];
  heap.items[0] = incref(item);
  try { sift(heap, 0); } catch (e) { decref(returnitem); throw e; }
  return returnitem;
}

/** heappushpop (max: heappushpop_max, 3.14): the item comes straight back unless the root sorts before (after) it. */
function pushpop(heap: PyList, item: PyObject, max: boolean): PyObject {
  if (heap.items.length === 0) return incref(item);
  const top = heap.items[0];
  const cmp = max ? less(item, top, [top]) : less(top, item, [top]);
  if (!cmp) return incref(item);
  return replace(heap, item, max ? siftupMax : siftup);
}

/** heapify_internal: bottom-up siftups; heaps over 2500 items use cache_friendly_heapify (refused). */
function heapify(heap: PyList, sift: Sift): PyObject {
  const n = heap.items.length;
  if (n > 2500) notSupported('heapq.heapify of more than 2500 items (CPython visits them in its cache-friendly order)');
  for (let i = (n >> 1) - 1; i >= 0; i--) sift(heap, i);
  return None;
}

const ALL_311 = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop'];
const ALL_314 = ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop', 'heappush_max', 'heappop_max', 'heapify_max',
  'heapreplace_max', 'heappushpop_max', 'nlargest', 'nsmallest', 'merge'];

// Lib/heapq.py (3.11.7): merge, nsmallest, nlargest — 3.14.10's differ only in calling the public max-heap names
const SOURCE_311 = "def merge(*iterables, key=None, reverse=False):\n    '''Merge multiple sorted inputs into a single sorted output.\n\n    Similar to sorted(itertools.chain(*iterables)) but returns a generator,\n    does not pull the data into memory all at once, and assumes that each of\n    the input streams is already sorted (smallest to largest).\n\n    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))\n    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]\n\n    If *key* is not None, applies a key function to each element to determine\n    its sort order.\n\n    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))\n    ['dog', 'cat', 'fish', 'horse', 'kangaroo']\n\n    '''\n\n    h = []\n    h_append = h.append\n\n    if reverse:\n        _heapify = _heapify_max\n        _heappop = _heappop_max\n        _heapreplace = _heapreplace_max\n        direction = -1\n    else:\n        _heapify = heapify\n        _heappop = heappop\n        _heapreplace = heapreplace\n        direction = 1\n\n    if key is None:\n        for order, it in enumerate(map(iter, iterables)):\n            try:\n                next = it.__next__\n                h_append([next(), order * direction, next])\n            except StopIteration:\n                pass\n        _heapify(h)\n        while len(h) > 1:\n            try:\n                while True:\n                    value, order, next = s = h[0]\n                    yield value\n                    s[0] = next()           # raises StopIteration when exhausted\n                    _heapreplace(h, s)      # restore heap condition\n            except StopIteration:\n                _heappop(h)                 # remove empty iterator\n        if h:\n            # fast case when only a single iterator remains\n            value, order, next = h[0]\n            yield value\n            yield from next.__self__\n        return\n\n    for order, it in enumerate(map(iter, iterables)):\n        try:\n            next = it.__next__\n            value = next()\n            h_append([key(value), order * direction, value, next])\n        except StopIteration:\n            pass\n    _heapify(h)\n    while len(h) > 1:\n        try:\n            while True:\n                key_value, order, value, next = s = h[0]\n                yield value\n                value = next()\n                s[0] = key(value)\n                s[2] = value\n                _heapreplace(h, s)\n        except StopIteration:\n            _heappop(h)\n    if h:\n        key_value, order, value, next = h[0]\n        yield value\n        yield from next.__self__\n\n\n# Algorithm notes for nlargest() and nsmallest()\n# ==============================================\n#\n# Make a single pass over the data while keeping the k most extreme values\n# in a heap.  Memory consumption is limited to keeping k values in a list.\n#\n# Measured performance for random inputs:\n#\n#                                   number of comparisons\n#    n inputs     k-extreme values  (average of 5 trials)   % more than min()\n# -------------   ----------------  ---------------------   -----------------\n#      1,000           100                  3,317               231.7%\n#     10,000           100                 14,046                40.5%\n#    100,000           100                105,749                 5.7%\n#  1,000,000           100              1,007,751                 0.8%\n# 10,000,000           100             10,009,401                 0.1%\n#\n# Theoretical number of comparisons for k smallest of n random inputs:\n#\n# Step   Comparisons                  Action\n# ----   --------------------------   ---------------------------\n#  1     1.66 * k                     heapify the first k-inputs\n#  2     n - k                        compare remaining elements to top of heap\n#  3     k * (1 + lg2(k)) * ln(n/k)   replace the topmost value on the heap\n#  4     k * lg2(k) - (k/2)           final sort of the k most extreme values\n#\n# Combining and simplifying for a rough estimate gives:\n#\n#        comparisons = n + k * (log(k, 2) * log(n/k) + log(k, 2) + log(n/k))\n#\n# Computing the number of comparisons for step 3:\n# -----------------------------------------------\n# * For the i-th new value from the iterable, the probability of being in the\n#   k most extreme values is k/i.  For example, the probability of the 101st\n#   value seen being in the 100 most extreme values is 100/101.\n# * If the value is a new extreme value, the cost of inserting it into the\n#   heap is 1 + log(k, 2).\n# * The probability times the cost gives:\n#            (k/i) * (1 + log(k, 2))\n# * Summing across the remaining n-k elements gives:\n#            sum((k/i) * (1 + log(k, 2)) for i in range(k+1, n+1))\n# * This reduces to:\n#            (H(n) - H(k)) * k * (1 + log(k, 2))\n# * Where H(n) is the n-th harmonic number estimated by:\n#            gamma = 0.5772156649\n#            H(n) = log(n, e) + gamma + 1 / (2 * n)\n#   http://en.wikipedia.org/wiki/Harmonic_series_(mathematics)#Rate_of_divergence\n# * Substituting the H(n) formula:\n#            comparisons = k * (1 + log(k, 2)) * (log(n/k, e) + (1/n - 1/k) / 2)\n#\n# Worst-case for step 3:\n# ----------------------\n# In the worst case, the input data is reversed sorted so that every new element\n# must be inserted in the heap:\n#\n#             comparisons = 1.66 * k + log(k, 2) * (n - k)\n#\n# Alternative Algorithms\n# ----------------------\n# Other algorithms were not used because they:\n# 1) Took much more auxiliary memory,\n# 2) Made multiple passes over the data.\n# 3) Made more comparisons in common cases (small k, large n, semi-random input).\n# See the more detailed comparison of approach at:\n# http://code.activestate.com/recipes/577573-compare-algorithms-for-heapqsmallest\n\ndef nsmallest(n, iterable, key=None):\n    \"\"\"Find the n smallest elements in a dataset.\n\n    Equivalent to:  sorted(iterable, key=key)[:n]\n    \"\"\"\n\n    # Short-cut for n==1 is to use min()\n    if n == 1:\n        it = iter(iterable)\n        sentinel = object()\n        result = min(it, default=sentinel, key=key)\n        return [] if result is sentinel else [result]\n\n    # When n>=size, it's faster to use sorted()\n    try:\n        size = len(iterable)\n    except (TypeError, AttributeError):\n        pass\n    else:\n        if n >= size:\n            return sorted(iterable, key=key)[:n]\n\n    # When key is none, use simpler decoration\n    if key is None:\n        it = iter(iterable)\n        # put the range(n) first so that zip() doesn't\n        # consume one too many elements from the iterator\n        result = [(elem, i) for i, elem in zip(range(n), it)]\n        if not result:\n            return result\n        _heapify_max(result)\n        top = result[0][0]\n        order = n\n        _heapreplace = _heapreplace_max\n        for elem in it:\n            if elem < top:\n                _heapreplace(result, (elem, order))\n                top, _order = result[0]\n                order += 1\n        result.sort()\n        return [elem for (elem, order) in result]\n\n    # General case, slowest method\n    it = iter(iterable)\n    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]\n    if not result:\n        return result\n    _heapify_max(result)\n    top = result[0][0]\n    order = n\n    _heapreplace = _heapreplace_max\n    for elem in it:\n        k = key(elem)\n        if k < top:\n            _heapreplace(result, (k, order, elem))\n            top, _order, _elem = result[0]\n            order += 1\n    result.sort()\n    return [elem for (k, order, elem) in result]\n\ndef nlargest(n, iterable, key=None):\n    \"\"\"Find the n largest elements in a dataset.\n\n    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]\n    \"\"\"\n\n    # Short-cut for n==1 is to use max()\n    if n == 1:\n        it = iter(iterable)\n        sentinel = object()\n        result = max(it, default=sentinel, key=key)\n        return [] if result is sentinel else [result]\n\n    # When n>=size, it's faster to use sorted()\n    try:\n        size = len(iterable)\n    except (TypeError, AttributeError):\n        pass\n    else:\n        if n >= size:\n            return sorted(iterable, key=key, reverse=True)[:n]\n\n    # When key is none, use simpler decoration\n    if key is None:\n        it = iter(iterable)\n        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]\n        if not result:\n            return result\n        heapify(result)\n        top = result[0][0]\n        order = -n\n        _heapreplace = heapreplace\n        for elem in it:\n            if top < elem:\n                _heapreplace(result, (elem, order))\n                top, _order = result[0]\n                order -= 1\n        result.sort(reverse=True)\n        return [elem for (elem, order) in result]\n\n    # General case, slowest method\n    it = iter(iterable)\n    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]\n    if not result:\n        return result\n    heapify(result)\n    top = result[0][0]\n    order = -n\n    _heapreplace = heapreplace\n    for elem in it:\n        k = key(elem)\n        if top < k:\n            _heapreplace(result, (k, order, elem))\n            top, _order, _elem = result[0]\n            order -= 1\n    result.sort(reverse=True)\n    return [elem for (k, order, elem) in result]\n";

registerModule('heapq', () => {
  const v311 = R.rules.version === '3.11';
  const c: Record<string, PyObject> = {
    heappush: binary('heappush', (h, x) => push(h, x, false)),
    heappop: unary('heappop', (h) => pop(h, siftup)),
    heapify: unary('heapify', (h) => heapify(h, siftup)),
    heapreplace: binary('heapreplace', (h, x) => replace(h, x, siftup)),
    heappushpop: binary('heappushpop', (h, x) => pushpop(h, x, false)),
  };
  const max: Record<string, PyObject> = v311 ? {
    _heappop_max: unary('_heappop_max', (h) => pop(h, siftupMax)),
    _heapreplace_max: binary('_heapreplace_max', (h, x) => replace(h, x, siftupMax)),
    _heapify_max: unary('_heapify_max', (h) => heapify(h, siftupMax)),
  } : {
    heappush_max: binary('heappush_max', (h, x) => push(h, x, true)),
    heappop_max: unary('heappop_max', (h) => pop(h, siftupMax)),
    heapify_max: unary('heapify_max', (h) => heapify(h, siftupMax)),
    heapreplace_max: binary('heapreplace_max', (h, x) => replace(h, x, siftupMax)),
    heappushpop_max: binary('heappushpop_max', (h, x) => pushpop(h, x, true)),
  };
  const src = v311 ? SOURCE_311 : SOURCE_311.replace(/_heapify_max/g, 'heapify_max').replace(/_heappop_max/g, 'heappop_max').replace(/_heapreplace_max/g, 'heapreplace_max');
  const g = runLibrary('heapq', src, { ...c, ...max });
  const m: Record<string, PyObject> = { ...c, ...max, __all__: newList((v311 ? ALL_311 : ALL_314).map((n) => incref(R.intern(n)))) };
  for (const n of ['merge', 'nsmallest', 'nlargest']) m[n] = incref(dictGetStr(g, n)!);
  decref(g);
  return moduleOf('heapq', m);
});
