// The reference-count invariant, checked at every step of every corpus program
// (tests/corpus), for both versions; and again with a collection at every GC
// allocation (--stress-gc), which shakes out references the collector would
// miss. A mismatch means the model lost or invented a reference.
import { describe, it, expect, beforeAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ready, simulate } from '../src/core/simulate.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

beforeAll(async () => { await ready(); });

describe('refcount invariant audit', () => {
  for (const v of ['3.14', '3.11'] as const) {
    it(`holds at every step of the corpus on ${v}`, () => {
      const problems: string[] = [];
      for (const f of programs) {
        const r = simulate(readFileSync(join(dir, f), 'utf8'), { python: v, audit: true, timeoutMs: 20000 });
        for (const p of r.auditProblems) problems.push(`${f}:${p.line} ${p.type}#${p.id} refcount ${p.refcount}, references found ${p.expected}`);
      }
      expect(problems).toEqual([]);
    });
  }
  it('holds with a collection at every allocation (stress gc) on 3.14', () => {
    const problems: string[] = [];
    for (const f of programs) {
      const r = simulate(readFileSync(join(dir, f), 'utf8'), { python: '3.14', audit: true, stressGc: true, timeoutMs: 20000 });
      for (const p of r.auditProblems) problems.push(`${f}:${p.line} ${p.type}#${p.id} refcount ${p.refcount}, references found ${p.expected}`);
    }
    expect(problems).toEqual([]);
  });
  it('detects a broken count (the audit can fail)', () => {
    let corrupted = false;
    const r = simulate('x = [1]\ny = x\nprint(len(y))\n', {
      audit: true,
      onStep: (heap, line) => {
        if (line === 3 && !corrupted) { for (const o of heap.live) if (o.type.name === 'list') { o.rc += 1; corrupted = true; } }
      },
    });
    expect(corrupted).toBe(true);
    expect(r.auditProblems.map((p) => `${p.type} ${p.refcount}/${p.expected}`)).toContain('list 3/2');
  });
  it('the stress switch collects only once an allocated object is built (gc.callbacks with a trace ran Python code that recorded a half-built list)', () => {
    const src = readFileSync(join(dir, 'mem-122-gc-callbacks.py'), 'utf8');
    for (const python of ['3.14', '3.11'] as const) {
      const r = simulate(src, { python, trace: true, stressGc: true, timeoutMs: 20000 });
      // a refusal (the collections run code) or the program's output, never an internal error
      expect(r.stderr).not.toMatch(/internal error/);
      expect([0, 2]).toContain(r.exitCode);
    }
  });
});
