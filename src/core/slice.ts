// slice objects: Objects/sliceobject.c (PySlice_Unpack, PySlice_AdjustIndices).

import { PyObject, PySlice, PyInt } from './object.js';
import { T } from './types.js';
import { None, incref, raise, typeError, asIndex } from './rt.js';

export function makeSlice(start: PyObject, stop: PyObject, step: PyObject): PySlice {
  return new PySlice(T.slice, incref(start), incref(stop), incref(step));
}

function idx(o: PyObject): number {
  if (o instanceof PyInt) {
    const v = o.v;
    if (typeof v === 'number') return v;
    return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  }
  if (o.type.lookup('__index__')) return asIndex(o);
  return typeError('slice indices must be integers or None or have an __index__ method');
}

/** Returns [start, stop, step, slicelength] for a sequence of `length`. */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = idx(s.step);
    if (step === 0) raise('ValueError', 'slice step cannot be zero');
  }
  let start: number, stop: number;
  if (s.start === None) start = step < 0 ? length - 1 : 0;
  else {
    start = idx(s.start);
    if (start < 0) { start += length; if (start < 0) start = step < 0 ? -1 : 0; }
    else if (start >= length) start = step < 0 ? length - 1 : length;
  }
  if (s.stop === None) stop = step < 0 ? -1 : length;
  else {
    stop = idx(s.stop);
    if (stop < 0) { stop += length; if (stop < 0) stop = step < 0 ? -1 : 0; }
    else if (stop >= length) stop = step < 0 ? length - 1 : length;
  }
  let n = 0;
  if (step < 0) { if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1; }
  else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}
