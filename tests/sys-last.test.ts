// After an uncaught exception, sys.last_value / last_exc / last_type / last_traceback exist while the
// atexit callbacks run (Python/pythonrun.c: set_sys_last_vars; checked on the real interpreters below).
// heapsnake keeps their references but not the attributes: reading one is refused — it raised an
// AttributeError CPython does not raise.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { havePython, PYTHONS } from './stdlib/oracle.js';
import { ready, simulate } from '../src/core/simulate.js';

beforeAll(async () => { await ready(); });

const SRC = 'import atexit, sys\nprint(hasattr(sys, "last_value"))\natexit.register(lambda: print(type(sys.last_value).__name__))\nraise ValueError("x")\n';

describe('sys.last_value in an atexit callback', () => {
  for (const python of ['3.14', '3.11'] as const) {
    it(`is refused, where CPython has it, not an AttributeError (${python})`, () => {
      if (havePython(python)) {
        const c = spawnSync(PYTHONS[python], ['-c', SRC], { encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
        // absent before the exception, the exception in the callback
        expect(c.stdout).toBe('False\nValueError\n');
      }
      const r = simulate(SRC, { python });
      expect(r.stdout).toBe('False\n');
      expect(r.notSupported).toMatch(/sys\.last_value after an uncaught exception/);
      expect(r.stderr).not.toMatch(/AttributeError/);
    });
  }
});
