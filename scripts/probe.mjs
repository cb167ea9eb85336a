#!/usr/bin/env node
// Probe: run snippets through heapsnake (built dist/) and both real CPythons and
// say, per snippet and version, whether heapsnake agrees.
//
//   node scripts/probe.mjs a.py b.py ...     these files
//   node scripts/probe.mjs DIR               every DIR/*.py
//   --only 3.14|3.11                         one version
//   --quiet                                  print only DIFF lines (and the summary)
//
// Verdicts: ok (stdout and exception line identical), refused (NotSupported or a
// limit after printing a prefix of CPython's stdout: allowed), DIFF (anything else:
// a wrong answer or a refusal that printed something CPython does not), CPYERR
// (CPython itself timed out). Run like the oracle (scripts/oracle.mjs): the file is
// copied to snippet.py in a fresh temporary directory, PYTHONHASHSEED=0, -s. Build
// first (`npx tsc -p tsconfig.json`): heapsnake is loaded from dist/src.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { realPython311, probeArgs } from './probe-common.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { ready, simulate } = await import(path.join(ROOT, 'dist', 'src', 'core', 'simulate.js'));
const PY = { '3.14': path.join(ROOT, '.cpython', 'bin', 'python3.14'), '3.11': (realPython311() ?? 'python3') };

const { versions, quiet, files } = probeArgs(process.argv.slice(2));

// The exception line of an uncaught exception (same rule as scripts/oracle.mjs).
function exceptionOf(exit, stderr) {
  if (exit !== 1) return null;
  const lines = stderr.split('\n');
  let plain = -1;
  lines.forEach((l, i) => { if (l === 'Traceback (most recent call last):') plain = i; });
  if (plain >= 0) return lines.slice(plain + 1).find((l) => l !== '' && !/^\s/.test(l)) ?? null;
  return lines.find((l) => /^(SyntaxError|IndentationError|TabError)(: |$)/.test(l)) ?? null;
}

function cpython(v, source) {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'heapsnake-probe-')));
  try {
    writeFileSync(path.join(dir, 'snippet.py'), source);
    const r = spawnSync(PY[v], ['-s', 'snippet.py'], {
      cwd: dir, encoding: 'utf8', timeout: 10_000, input: '',
      env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C.UTF-8', PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' },
    });
    if (r.error) return { error: String(r.error) };
    const strip = (s) => s.split(dir + '/').join('').split(dir).join('.');
    const stderr = strip(r.stderr);
    return { stdout: strip(r.stdout), stderr, exception: exceptionOf(r.status, stderr) };
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

function firstDiff(a, b) {
  const la = a.split('\n'), lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}: heapsnake ${JSON.stringify(la[i] ?? '<none>')} vs CPython ${JSON.stringify(lb[i] ?? '<none>')}`;
  }
  return '';
}

await ready();
const counts = { ok: 0, refused: 0, DIFF: 0, CPYERR: 0 };
for (const f of files) {
  const src = readFileSync(f, 'utf8');
  for (const v of versions) {
    const c = cpython(v, src);
    let verdict, detail = '';
    if (c.error) { verdict = 'CPYERR'; detail = c.error; }
    else {
      let r;
      try { r = simulate(src, { python: v, timeoutMs: 20000 }); } catch (e) { r = { stdout: '', exception: null, notSupported: null, limit: `crash: ${e}` }; }
      const stop = r.notSupported ?? r.limit;
      if (stop) {
        if (c.stdout.startsWith(r.stdout)) { verdict = 'refused'; detail = stop; }
        else { verdict = 'DIFF'; detail = `refused after a wrong prefix (${stop}); ${firstDiff(r.stdout, c.stdout)}`; }
      } else if (r.stdout === c.stdout && (r.exception ?? null) === (c.exception ?? null)) verdict = 'ok';
      else {
        verdict = 'DIFF';
        detail = r.stdout !== c.stdout ? firstDiff(r.stdout, c.stdout) : `exception: heapsnake ${JSON.stringify(r.exception)} vs CPython ${JSON.stringify(c.exception)}`;
      }
    }
    counts[verdict]++;
    if (!quiet || verdict === 'DIFF' || verdict === 'CPYERR') console.log(`${verdict.padEnd(7)} ${v} ${path.relative(process.cwd(), f)}${detail ? '  ' + detail : ''}`);
  }
}
console.log(`${files.length} snippets: ${counts.ok} ok, ${counts.refused} refused, ${counts.DIFF} DIFF${counts.CPYERR ? `, ${counts.CPYERR} CPython errors` : ''}`);
process.exit(counts.DIFF ? 1 : 0);
