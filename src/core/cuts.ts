// The references that went while CPython's collections could not be placed (gcwatch.ts): every
// decref that leaves a tracked object alive adds it here while `on`. Only such an object can be
// where the program's last path to a cycle was cut (a cycle becomes garbage when a reference
// into it goes and the count of the object it pointed to stays above 0). A leaf module, so that
// the decref fast paths (rt.ts, heap.ts, vm.ts) read one flag without an import cycle.
import type { PyObject } from './object.js';

/** `set`: each cut object and `epoch` when it was cut (how many points where CPython may have collected came
 *  before: gcwatch.ts watchPoint); `dirty`: something was cut since the last point. */
export const cuts: { on: boolean; set: Map<PyObject, number>; epoch: number; dirty: boolean } = { on: false, set: new Map(), epoch: 0, dirty: false };
