// The rest of the modelled standard library (math, itertools, functools,
// collections, contextlib, dataclasses) registers itself here.
import './stdlib/math.js';
import './stdlib/itertools.js';
import './stdlib/collections.js';
import './stdlib/functools.js';
import './stdlib/contextlib.js';
import './stdlib/copy.js';
import './stdlib/dataclasses.js';
import './stdlib/weakref.js';
import './stdlib/atexit.js';
import './stdlib/operator.js';
import './stdlib/string.js';
import './stdlib/heapq.js';
