// The rest of the modelled standard library (math, itertools, functools,
// collections, contextlib, dataclasses) registers itself here.
import './stdlib/math.js';
import './stdlib/itertools.js';
import './stdlib/collections.js';
