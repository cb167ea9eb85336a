// The CLI as users and other tools call it, in child processes.
import { it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, existsSync, statSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'heapsnake.js');
const tmp = mkdtempSync(join(tmpdir(), 'heapsnake-cli-'));
function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: root, timeout: 60000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, src: string): string { const p = join(tmp, name); writeFileSync(p, src); return p; }

it('run prints the program output', () => {
  const r = cli(['run', file('a.py', 'x = [1, 2]\nx.append(3)\nprint(x, len(x))\n')]);
  expect(r.err).toBe('');
  expect(r.out).toBe('[1, 2, 3] 3\n');
  expect(r.code).toBe(0);
});

it('run reads standard input with -', () => {
  const r = cli(['run', '-'], 'print(sum(range(5)))\n');
  expect(r.out).toBe('10\n');
});

it('an uncaught exception prints a traceback ending in ExcType: message, exit 1', () => {
  const r = cli(['run', file('b.py', 'def f(x):\n    return 1 / x\nprint("before")\nf(0)\n')]);
  expect(r.out).toBe('before\n');
  expect(r.code).toBe(1);
  const lines = r.err.trim().split('\n');
  expect(lines[0]).toBe('Traceback (most recent call last):');
  expect(lines.at(-1)).toBe('ZeroDivisionError: division by zero');
  expect(r.err).toContain('line 2, in f');
});

it('--python 3.11 uses 3.11 messages', () => {
  const r = cli(['run', '--python', '3.11', file('c.py', '1 // 0\n')]);
  expect(r.err.trim().split('\n').at(-1)).toBe('ZeroDivisionError: integer division or modulo by zero');
});

it('a syntax error points at the line', () => {
  const r = cli(['run', file('d.py', 'x = 1\nprint "hi"\n')]);
  expect(r.code).toBe(1);
  expect(r.err).toContain('line 2');
  expect(r.err.trim().split('\n').at(-1)).toMatch(/^SyntaxError: Missing parentheses in call to 'print'/);
});

it('an unmodelled module is refused with its name, exit 2', () => {
  const r = cli(['run', file('e.py', 'import os\nprint(os.listdir("/"))\n')]);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/NotSupported: import of module 'os' is not supported yet \(line 1\)/);
  expect(r.out).toBe('');
});

it('a missing file is a clear error', () => {
  const r = cli(['run', join(tmp, 'nope.py')]);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/cannot read .*nope\.py.*no such file/);
});

it('--help works for each command', () => {
  for (const c of ['run', 'trace']) {
    const r = cli([c, '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`heapsnake ${c}`);
  }
  expect(cli(['--help']).out).toContain('Usage:');
});

it('trace shows that x = 10; x = 20 frees nothing (small ints are cached)', () => {
  const r = cli(['trace', file('f.py', 'x = 10\nx = 20\n')]);
  expect(r.code).toBe(0);
  expect(r.out).not.toMatch(/freed int/);
});

it('trace shows a two-node cycle surviving del and collected by gc on the right line', () => {
  const src = [
    'import gc',
    'class Node:',
    '    pass',
    'a = Node()',
    'b = Node()',
    'a.other = b',
    'b.other = a',
    'del a',
    'del b',
    'print(gc.collect())',
  ].join('\n') + '\n';
  const r = cli(['trace', file('g.py', src)]);
  expect(r.code).toBe(0);
  const lines = r.out.split('\n');
  // nothing is freed by the dels (lines 8-9)
  expect(lines.filter((l) => /^line [89]: freed/.test(l))).toEqual([]);
  // the collector finds both nodes at line 10
  expect(r.out).toMatch(/line 10: gc gen 2 \(gc\.collect\(\)\) collected 2 objects: Node#\d+.*, Node#\d+/);
  expect(lines.filter((l) => /^line 10: freed Node#\d+ .*cycle collector/.test(l)).length).toBe(2);
  expect(r.out).toContain('— output:\n2');
});

it('trace places the compiler\'s constants before the first line and names a class body\'s function', () => {
  const r = cli(['trace', file('k.py', 'import sys\nclass Box:\n    pass\nlabel = "a box"\n')]);
  expect(r.code).toBe(0);
  const lines = r.out.split('\n');
  // the str constant exists before line 1 runs: not "line 1: new str … (import sys)"
  expect(lines).toContain("compiling: new str#" + /new str#(\d+) 'a box'/.exec(r.out)![1] + " 'a box'");
  expect(r.out).not.toMatch(/^line 1: new str.*'a box'/m);
  expect(r.out).toMatch(/^line 2: new function#\d+ body of class Box {2}\(class Box:\)$/m);
});

it('trace --json prints the record', () => {
  const r = cli(['trace', '--json', file('h.py', 'a = [1]\nb = a\ndel a\n')]);
  const t = JSON.parse(r.out);
  expect(t.python).toBe('3.14.10');
  expect(t.steps.length).toBeGreaterThanOrEqual(3);
  expect(t.steps[0].line).toBe(1);
  expect(Array.isArray(t.events)).toBe(true);
});

it('trace: a list comprehension is a function call on 3.11 and runs inline on 3.14 (PEP 709)', () => {
  const f = file('comp.py', 'data = [1, 2, 3]\nsq = [x * x for x in data]\nprint(sq)\n');
  const t311 = cli(['trace', '--python', '3.11', f]);
  expect(t311.code).toBe(0);
  expect(t311.out).toMatch(/freed function#\d+ .*released during a call/);
  expect(t311.out).toContain('<listcomp>() returned');
  const t314 = cli(['trace', f]);
  expect(t314.code).toBe(0);
  expect(t314.out).not.toMatch(/function#/);
  expect(t314.out).not.toContain('<listcomp>');
  expect(t314.out).toMatch(/line 2: freed list_iterator#\d+ \(refcount reached 0: the loop ended\)/);
  // while a call inside it runs, the module frame holds the comprehension's variable
  const g = file('comp2.py', 'def double(n):\n    return n * 2\nout = [double(v) for v in [10, 20]]\n');
  const steps = JSON.parse(cli(['trace', '--json', g]).out).steps as { frames: { name: string; locals: [string, number][] }[] }[];
  const inside = steps.find((s) => s.frames[0].name === 'double')!;
  expect(inside.frames[1].locals.map((l) => l[0])).toContain('v (in comprehension)');
  const inside311 = (JSON.parse(cli(['trace', '--json', '--python', '3.11', g]).out).steps as typeof steps).find((s) => s.frames[0].name === 'double')!;
  expect(inside311.frames.map((fr) => fr.name)).toEqual(['double', '<listcomp>', '<module>']);
});

it('trace explains sys.getrefcount at its line, and --compare shows the other version where it differs', () => {
  const f = file('rc.py', 'import sys\ndef f(x):\n    return sys.getrefcount(x)\na = []\nprint(f(a))\n');
  const plain = cli(['trace', f]);
  expect(plain.code).toBe(0);
  expect(plain.out).toMatch(/^line 3: sys\.getrefcount\(x\) → \d+ = .*name 'a' \(module\).*\(borrowed, not counted: getrefcount's argument\)$/m);
  expect(plain.out).not.toContain('differs');
  const cmp = cli(['trace', '--compare', f]);
  expect(cmp.code).toBe(0);
  const at = cmp.out.split('\n');
  const i = at.findIndex((l) => l === 'line 3: sys.getrefcount(x) differs:');
  expect(i).toBeGreaterThan(0);
  expect(at[i + 1]).toMatch(/^ {4}3\.14: \d+ = /);
  expect(at[i + 2]).toMatch(/^ {4}3\.11: \d+ = the same \+ .*getrefcount's argument$/);
  expect(cli(['trace', '--compare', '--json', f]).code).toBe(2);
});

// The build's code-cached scripts of the worker (dist/cli/runjob.cjs and render.cjs, scripts/bundle-cli.mjs)
// must answer as the sources do. (Skipped when the CLI is not bundled: after a plain tsc.)
const bundled = join(root, 'dist', 'cli', 'runjob.cjs');
it.skipIf(!existsSync(bundled) || statSync(bundled).mtimeMs < statSync(join(root, 'dist', 'src', 'cli', 'main.js')).mtimeMs)(
  'the bundled, code-cached run/trace and render scripts give the same output, trace and PNG as the sources', async () => {
    const jl = readdirSync(join(root, 'dist', 'cli')).find((f) => f.startsWith('jobloader-'))!;
    const cached = await (await import(join(root, 'dist', 'cli', jl))).loadRunJob();
    const src = await import('../src/cli/runjob.js');
    expect(cached.runJob).not.toBe(src.runJob);
    const corpus = join(root, 'tests', 'corpus');
    const names = readdirSync(corpus).filter((f) => f.endsWith('.py')).sort().filter((_f, i) => i % 40 === 0);
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      const source = readFileSync(join(corpus, name), 'utf8');
      for (const python of ['3.14', '3.11'] as const) for (const cmd of ['run', 'trace']) {
        const job = { cmd, source, opts: { python, trace: cmd === 'trace', timeoutMs: 20_000 }, json: true };
        expect(await cached.runJob(job), `${name} ${python} ${cmd}`).toEqual(await src.runJob(job));
      }
    }
    // and render's (dist/cli/render.cjs, with the renderer): the same PNG bytes
    const cachedRender = await (await import(join(root, 'dist', 'cli', jl))).loadRender();
    const srcRender = await import('../src/cli/render.js');
    expect(cachedRender.renderCommand).not.toBe(srcRender.renderCommand);
    for (const name of names.slice(0, 3)) {
      const py = join(corpus, name);
      for (const extra of [[], ['--theme', 'light', '--python', '3.11']]) {
        const a = join(tmp, `cached-${name}.png`), b = join(tmp, `src-${name}.png`);
        const ca = await cachedRender.renderCommand([py, '-o', a, ...extra]);
        expect(ca).toBe(await srcRender.renderCommand([py, '-o', b, ...extra]));
        if (ca === 0) expect(readFileSync(a).equals(readFileSync(b)), `${name} ${extra.join(' ')}`).toBe(true);
      }
    }
  });
