// `heapsnake render` in its exact forms (other tools depend on them). Needs a build (npx tsc).
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'heapsnake.js');
const snippet = join(root, 'tests', 'render', 'snippets', 'aliasing.py');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, 'render', ...args], { input: input === undefined ? undefined : Buffer.from(input), timeout: 60_000 });
const pngSize = (b: Buffer): [number, number] => [b.readUInt32BE(16), b.readUInt32BE(20)];

describe('heapsnake render', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hs-render-'));
  it('is built', () => expect(existsSync(join(root, 'dist', 'src', 'cli', 'render.js')), 'run npx tsc -p tsconfig.json').toBe(true));

  it('FILE -o out.png draws the end of the program, at 2×', () => {
    const out = join(dir, 'a.png');
    const r = run([snippet, '-o', out]);
    expect(r.status, r.stderr.toString()).toBe(0);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const [w, h] = pngSize(png);
    expect(w % 2).toBe(0);
    expect(w).toBeGreaterThan(1000);
    expect(h).toBeGreaterThan(600);
  });

  it('- reads standard input; --step N, --python, --theme', () => {
    const out = join(dir, 'b.png');
    const r = run(['-', '-o', out, '--step', '2', '--python', '3.11', '--theme', 'light'], readFileSync(snippet, 'utf8'));
    expect(r.status, r.stderr.toString()).toBe(0);
    expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG');
  });

  it('simulates with the same stack as run: a deep generator recursion reaches RecursionError', () => {
    const src = 'def g():\n    yield from g()\nlist(g())\n';
    const r = run(['-', '--alt', '--python', '3.11'], src);
    const viaRun = spawnSync(process.execPath, [bin, 'run', '-', '--python', '3.11'], { input: Buffer.from(src), timeout: 60_000 });
    expect(viaRun.stderr.toString().trim().split('\n').pop()).toBe('RecursionError: maximum recursion depth exceeded');
    expect(r.stderr.toString().trim().split('\n').pop()).toBe('RecursionError: maximum recursion depth exceeded');
    expect(r.status).toBe(0);
    expect(r.stdout.toString()).toMatch(/^Heap picture/);
  });

  it('--layout tall is at most 800 px wide', () => {
    const out = join(dir, 'tall.png');
    const r = run([snippet, '-o', out, '--layout', 'tall']);
    expect(r.status, r.stderr.toString()).toBe(0);
    const [w] = pngSize(readFileSync(out));
    expect(w).toBeLessThanOrEqual(1600); // 800 px at 2×
  });

  it('--frames DIR writes one picture per step', () => {
    const frames = join(dir, 'frames');
    const r = run([snippet, '--frames', frames]);
    expect(r.status, r.stderr.toString()).toBe(0);
    const files = readdirSync(frames).sort();
    expect(files[0]).toBe('step-001.png');
    expect(files.length).toBeGreaterThan(5);
    expect(r.stdout.toString()).toContain(`wrote ${files.length} pictures`);
  });

  it('--gif -o out.gif writes an animated GIF', () => {
    const out = join(dir, 'a.gif');
    const r = run([snippet, '--gif', '-o', out]);
    expect(r.status, r.stderr.toString()).toBe(0);
    const gif = readFileSync(out);
    expect(gif.subarray(0, 6).toString()).toBe('GIF89a');
    expect(gif.includes(Buffer.from('NETSCAPE2.0'))).toBe(true);
    expect(gif.length).toBeLessThan(8 * 1024 * 1024);
  });

  it('--alt prints the text description', () => {
    const r = run([snippet, '--alt']);
    expect(r.status).toBe(0);
    const s = r.stdout.toString();
    expect(s).toMatch(/^Heap picture, CPython 3\.14\.\d+, step \d+ of \d+, end of program\./);
    expect(s).toContain('x → list#');
    expect(s).toContain('refcount 2');
  });

  it('--focus NAME adds the ledger of who holds the object', () => {
    const out = join(dir, 'focus.png');
    const r = run([snippet, '-o', out, '--focus', 'x', '--step', '4']);
    expect(r.status, r.stderr.toString()).toBe(0);
  });

  it('refuses bad arguments with exit 2', () => {
    expect(run([snippet, '-o', join(dir, 'x.png'), '--step', '999']).status).toBe(2);
    expect(run([snippet, '-o', join(dir, 'x.png'), '--theme', 'pink']).status).toBe(2);
    expect(run([snippet]).status).toBe(2);
    expect(run([join(dir, 'missing.py'), '-o', join(dir, 'x.png')]).status).toBe(2);
  });
});
