// 3.12+: whether an allocation may have scheduled a collection that no certain eval-breaker check has run yet
// (gc.ts: gcEvalBreaker). A leaf module, so that the VM's hot paths (vm.ts: frame entry, backward jumps, the
// end of a CALL) and the conversions that call PyErr_CheckSignals (ops.ts) read one flag without an import
// cycle; gc.ts sets `check` to its gcEvalBreaker.
export const gcWin = {
  open: false,
  /** A point where CPython 3.14 runs a scheduled collection: for certain, or only possibly. */
  check: (_certain: boolean): void => {},
};

/** An int with two or more of CPython's 30-bit digits (Include/cpython/longintrepr.h: PyLong_SHIFT). */
export function multiDigit(v: number | bigint): boolean {
  return typeof v === 'bigint' || v >= 0x40000000 || v <= -0x40000000;
}

/**
 * Objects/longobject.c: x_mul and x_divrem (and long_pow, which multiplies through them) call SIGCHECK →
 * PyErr_CheckSignals once per digit, and PyErr_CheckSignals runs a scheduled 3.12+ collection
 * (Modules/signalmodule.c). Measured on 3.14.10: `10**20 * 3`, `n // 10**15`, `2 ** 31` run it; `12345 * 6789`,
 * `10**20 // 3`, `10 ** 10`, `n + n` do not. A possible point wherever a multi-digit operand (or, for **, a
 * multi-digit result) is involved: more than CPython's, never fewer.
 */
export function intArithPoint(op: number, x: number | bigint, y: number | bigint): void {
  // (BINARY_OP args: 2 //, 5 *, 6 %, 8 **, 11 /)
  if (op !== 2 && op !== 5 && op !== 6 && op !== 8 && op !== 11) return;
  let big = multiDigit(x) || multiDigit(y);
  if (!big && op === 8) {
    const ax = Math.abs(Number(x)), ey = Number(y);
    big = ax >= 2 && ey >= 2 && Math.log2(ax) * ey >= 30;
  }
  if (big) gcWin.check(false);
}
