// 3.14's `with` keeps __exit__ as a (function, self) pair on the stack (Python/bytecodes.c: LOAD_SPECIAL) and
// allocates no bound method; 3.11's BEFORE_WITH allocates one. The allocation is checked on the real
// interpreters (the gc count inside the block), and heapsnake's trace must agree: no method object on 3.14
// (vm.ts: heap.standIn), a bound method allocated and freed on 3.11.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { havePython, PYTHONS } from './stdlib/oracle.js';
import { ready, simulate } from '../src/core/simulate.js';

beforeAll(async () => { await ready(); });

const CLASS = 'class M:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        return False\nm = M()\n';
// allocations counted by the collector between the collection and the first line of the block
const COUNT = `import gc\n${CLASS}gc.collect()\nwith m:\n    c = gc.get_count()[0]\nprint(c)\n`;

describe("the with statement's __exit__", () => {
  for (const [v, allocates] of [['3.14', false], ['3.11', true]] as const) {
    it.skipIf(!havePython(v))(`CPython ${v} ${allocates ? 'allocates a bound method' : 'allocates nothing'}, and the trace agrees`, () => {
      const r = spawnSync(PYTHONS[v], ['-c', COUNT], { encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.trim()).toBe(allocates ? '1' : '0');
      const t = simulate(`${CLASS}with m:\n    x = 1\n`, { python: v, trace: true }).trace!;
      const methods = t.events.filter((e) => (e.kind === 'alloc' || e.kind === 'free') && e.type === 'method');
      expect(methods.map((e) => e.kind)).toEqual(allocates ? ['alloc', 'free'] : []);
    });
  }
});
