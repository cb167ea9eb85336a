// Errors that cross the simulator's boundary.
//
// A Python exception raised inside the simulated program travels through the
// JavaScript code as a `PyExc` carrying the (heap-allocated) exception object.
// Two other kinds of stop are *not* Python exceptions and cannot be caught by
// the simulated program: `NotSupported` (a construct heapsnake does not model
// yet: we refuse rather than guess) and `LimitExceeded` (a documented limit).

import type { PyObject } from './object.js';

/** A Python exception in flight. `exc` is an owned reference. */
export class PyExc extends Error {
  constructor(public exc: PyObject) {
    super('Python exception');
  }
}

/** A construct heapsnake does not simulate yet. Never caught by Python code. */
export class NotSupported extends Error {
  constructor(public construct: string, public line: number | null = null, public why?: string) {
    super(`${construct} is not supported yet${line ? ` (line ${line})` : ''}${why ? `: ${why}` : ''}`);
  }
  /** The one line shown to users: `NotSupported: <construct> is not supported yet (line N)`. */
  describe(): string {
    return `NotSupported: ${this.message}`;
  }
}

/** A documented limit was hit (steps, time, heap bytes, output, ...). */
export class LimitExceeded extends Error {
  constructor(public limit: string, public detail: string) {
    super(`stopped: ${detail}`);
  }
}

/** A module the simulator does not provide (no host access exists by construction). */
export class ModuleRefused extends NotSupported {
  constructor(public module: string, line: number | null) {
    super(`import of module '${module}'`, line,
      `heapsnake simulates Python; it does not run it on a computer, and '${module}' is not one of the modelled modules (sys, gc, weakref, atexit, contextlib, dataclasses, collections, itertools, functools, math, copy, operator, heapq, string)`);
  }
}

/** A JavaScript stack overflow (RangeError: Maximum call stack size exceeded). */
export function isStackOverflow(e: unknown): boolean { return e instanceof RangeError && /call stack/i.test(e.message); }
/** The refusal of source nested past what heapsnake's parser and compiler can recurse through. */
export const DEEP_SOURCE = 'source nested this deeply';
export const DEEP_WHY = "heapsnake's parser and compiler ran out of JavaScript stack";
