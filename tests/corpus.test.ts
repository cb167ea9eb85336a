// The corpus: learner-style programs whose expected output was produced by
// native CPython 3.14.10 and 3.11.7 (`npm run oracle`). Every program runs
// through the simulator for both versions and must print byte-identical
// stdout and end with the same exception line.
//
// Programs the simulator cannot run yet are listed in tests/corpus/known.json
// with the reason; they are skipped with that reason printed, and a listed
// program that starts passing fails the suite until it is taken off the list.
// A listed program must be refused (NotSupported or a limit) after printing
// only what CPython prints: a wrong answer is never a known gap.
import { describe, it, expect, beforeAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ready, simulate } from '../src/core/simulate.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
const known: Record<string, string> = JSON.parse(readFileSync(join(dir, 'known.json'), 'utf8'));
const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

beforeAll(async () => { await ready(); });

describe.each(['3.14', '3.11'] as const)('corpus on Python %s', (v) => {
  it('has at least 200 programs with expected outputs', () => {
    expect(programs.length).toBeGreaterThanOrEqual(200);
  });
  for (const f of programs) {
    it(f, (ctx) => {
      const src = readFileSync(join(dir, f), 'utf8');
      const exp = JSON.parse(readFileSync(join(dir, f.replace(/\.py$/, '.expected.json')), 'utf8'))[v];
      const r = simulate(src, { python: v, timeoutMs: 20000 });
      const ok = !r.notSupported && !r.limit && r.stdout === exp.stdout && (r.exception ?? null) === (exp.exception ?? null);
      const reason = known[`${v}/${f}`] ?? known[f];
      if (reason !== undefined) {
        expect(ok, `${f} on ${v} passes now: remove it from tests/corpus/known.json`).toBe(false);
        // a known gap is a refusal, never a wrong answer: what was printed before it is what CPython printed
        expect(r.notSupported ?? r.limit, `${f} on ${v} prints a wrong answer instead of refusing`).not.toBeNull();
        expect(exp.stdout.startsWith(r.stdout), `${f} on ${v} printed something CPython does not before refusing`).toBe(true);
        console.log(`skipped ${v} ${f}: ${reason}`);
        ctx.skip();
        return;
      }
      expect(r.notSupported).toBeNull();
      expect(r.limit).toBeNull();
      expect(r.stdout).toBe(exp.stdout);
      expect(r.exception ?? null).toBe(exp.exception ?? null);
    });
  }
});

it('docs/rules.md (rules, citations, programs, pass counts) is generated from this corpus and known.json', () => {
  const r = spawnSync(process.execPath, [join(dir, '..', '..', 'scripts', 'rules-table.mjs'), '--check'], { encoding: 'utf8' });
  expect(r.stderr + r.stdout).toContain('up to date');
  expect(r.status).toBe(0);
});
