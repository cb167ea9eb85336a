// After an uncaught exception, sys.last_value / last_exc / last_type / last_traceback exist while the
// atexit callbacks run (Python/pythonrun.c: set_sys_last_vars). heapsnake keeps their references but not the
// attributes: reading one is refused — it raised an AttributeError CPython would not raise.
import { describe, it, expect, beforeAll } from 'vitest';
import { ready, simulate } from '../src/core/simulate.js';

beforeAll(async () => { await ready(); });

describe('sys.last_value in an atexit callback', () => {
  for (const python of ['3.14', '3.11'] as const) {
    it(`is refused, not an AttributeError (${python})`, () => {
      const r = simulate('import atexit, sys\natexit.register(lambda: print(type(sys.last_value).__name__))\nraise ValueError("x")\n', { python });
      expect(r.notSupported).toMatch(/sys\.last_value after an uncaught exception/);
      expect(r.stderr).not.toMatch(/AttributeError/);
    });
  }
  it('does not exist before an uncaught exception (hasattr is False, as in CPython)', () => {
    const r = simulate('import sys\nprint(hasattr(sys, "last_value"))\n');
    expect(r.stdout).toBe('False\n');
  });
});
