// sys.exit, exit(), quit() and SystemExit against the real interpreters (tests/stdlib/oracle.ts),
// and the process status the CLI gives for SystemExit (Python/pythonrun.c: handle_system_exit).
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { describeAgainstCPython, havePython, PYTHONS } from './stdlib/oracle.js';
import { simulate, ready, exitStatus } from '../src/core/simulate.js';

describeAgainstCPython('SystemExit seen from Python code', {
  'code and args': `
import sys
for args in [(), (None,), (3,), ("msg",), ([1],)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(e.code), e.args)
for f in (exit, quit):
    try:
        f(4)
    except SystemExit as e:
        print(e.code, e.args)
try:
    exit()
except SystemExit as e:
    print(e.code, e.args)
print(SystemExit(1, 2).code, SystemExit().code)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
`,
  'exit and quit are Quitter objects': `
print(exit)
print(repr(quit), type(exit).__name__, exit.name, quit.eof)
try:
    exit(code=7)
except SystemExit as e:
    print(e.code)
try:
    quit(1, 2)
except TypeError as e:
    print(type(e).__name__)
`,
});

const STATUS = ['sys.exit()', 'sys.exit(None)', 'sys.exit(0)', 'sys.exit(2)', 'sys.exit(3)', 'sys.exit(256)', 'sys.exit(-1)', 'sys.exit(True)',
  'sys.exit(2**40)', 'sys.exit(2**64)', 'sys.exit(-2**64)', 'sys.exit("msg")', 'sys.exit([1])', 'sys.exit(3.5)', 'exit(4)', 'quit("q")',
  'raise SystemExit(5)', 'raise SystemExit("a", "b")', 'print("x")\nexit()'];
describe('the process status and stderr of an uncaught SystemExit', () => {
  beforeAll(async () => { await ready(); });
  for (const v of ['3.11', '3.14'] as const) {
    for (const body of STATUS) {
      it.skipIf(!havePython(v))(`${body} (${v})`, () => {
        const src = `import sys\n${body}\n`;
        const real = spawnSync(PYTHONS[v], ['-c', src], { encoding: 'utf8' });
        const sim = simulate(src, { python: v });
        expect([sim.exitCode, sim.stdout, sim.stderr]).toEqual([real.status, real.stdout, real.stderr]);
      });
    }
  }
  it('keeps the low 8 bits of a C long, 255 past it', () => {
    expect([exitStatus(3n), exitStatus(-1n), exitStatus(256n), exitStatus(2n ** 63n - 1n), exitStatus(2n ** 63n)]).toEqual([3, 255, 0, 255, 255]);
  });
});
