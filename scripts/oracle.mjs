#!/usr/bin/env node
// Oracle: run Python programs under real CPython 3.14 and 3.11 and record
// what they print, as tests/corpus/<name>.expected.json next to <name>.py.
//
//   npm run oracle                         every tests/corpus/*.py
//   npm run oracle -- a.py b.py            only these (output next to each)
//   npm run oracle -- --dir some/dir       every some/dir/*.py
//   npm run oracle -- --check              write nothing; exit 1 if any
//                                          expected file would change
//   --jobs N                               programs run in parallel (default 2)
//
// Interpreters:
//   "3.14"  .cpython/bin/python3.14 (made by `npm run cpython`: Debian sid's
//           CPython 3.14.10, native x86-64, run through its own glibc).
//   "3.11"  the first of $ORACLE_PYTHON311, `python3.11`, `python3` on PATH
//           whose version is 3.11 (3.11.7 here); its real sys.executable is
//           resolved once and run directly.
//
// How each program is run (the stable choices the expected files depend on):
//   - the program is copied to `snippet.py` in a fresh, empty temporary
//     directory, which is the cwd and is deleted afterwards;
//   - command: <python> -s snippet.py   (-s only: -I/-E would drop
//     PYTHONHASHSEED), stdin from /dev/null, 10 s timeout;
//   - environment: only PATH (fixed: /usr/local/sbin:/usr/local/bin:
//     /usr/sbin:/usr/bin:/sbin:/bin), LANG=C.UTF-8, PYTHONHASHSEED,
//     PYTHONDONTWRITEBYTECODE=1 (the 3.14 wrapper adds PYTHONHOME itself);
//   - CPython prints the script's absolute path in tracebacks (and __file__,
//     sys.path[0] are absolute), so every occurrence of the temporary
//     directory's path followed by "/" is removed from stdout and stderr, and
//     any bare occurrence becomes ".": tracebacks read  File "snippet.py", ...
//   - each program runs twice per version, with PYTHONHASHSEED=0 and
//     PYTHONHASHSEED=12345. If stdout, the exit code or the exception line
//     differ between the two, the program is nondeterministic (it prints a
//     set of strings, an id(), an address...): no expected file is written
//     for it, an error names it, and the oracle exits 1. (stderr may differ
//     in other ways; the PYTHONHASHSEED=0 run is the one recorded.)
//
// Expected file:
//   { "3.14": { "version", "stdout", "stderr", "exception", "exit" },
//     "3.11": { ... } }
//   exception: when the exit code is 1 and stderr holds a traceback (or a
//   SyntaxError report for the script itself), the exception line, e.g.
//   "ValueError: boom", otherwise null. In the common case that is the last
//   non-empty line of stderr; precisely, it is the first unindented line
//   after the last "Traceback (most recent call last):", so notes added with
//   add_note() and further lines of a multi-line message are left out; for an
//   uncaught ExceptionGroup it is the group's own line ("ExceptionGroup: msg
//   (2 sub-exceptions)"). exit: the exit code, or a negative
//   signal number if the process was killed by a signal.
//   Keys in that fixed order, 2-space indent, trailing newline.
//
// If one interpreter is missing, its half is skipped with an error (existing
// entries for it are kept as they are) and the oracle exits 1.

import { spawn, execFileSync } from 'node:child_process';
import { promises as fsp, existsSync, realpathSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DIR = path.join(PROJECT, 'tests', 'corpus');
const PY314 = path.join(PROJECT, '.cpython', 'bin', 'python3.14');
const PINNED = { '3.14': '3.14.10', '3.11': '3.11.7' };
const SEEDS = ['0', '12345'];
const TIMEOUT_MS = 10_000;
const MAX_OUTPUT = 4 * 1024 * 1024; // bytes per stream
const FIXED_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const SCRIPT_NAME = 'snippet.py';

function usage(code) {
  const text =
    'usage: node scripts/oracle.mjs [--check] [--jobs N] [--dir DIR] [file.py ...]\n' +
    '  no files: every DIR/*.py (DIR defaults to tests/corpus)\n' +
    '  writes <name>.expected.json next to each <name>.py\n';
  (code ? process.stderr : process.stdout).write(text);
  process.exit(code);
}

function parseArgs(argv) {
  const opts = { check: false, jobs: 2, dir: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') opts.check = true;
    else if (a === '--dir') {
      if (i + 1 >= argv.length) usage(2);
      opts.dir = argv[++i];
    } else if (a.startsWith('--dir=')) opts.dir = a.slice(6);
    else if (a === '--jobs' || a === '-j') {
      opts.jobs = Number(argv[++i]);
    } else if (a.startsWith('--jobs=')) opts.jobs = Number(a.slice(7));
    else if (a === '-h' || a === '--help') usage(0);
    else if (a.startsWith('-')) {
      process.stderr.write(`oracle: unknown option ${a}\n`);
      usage(2);
    } else opts.files.push(a);
  }
  if (!Number.isInteger(opts.jobs) || opts.jobs < 1) {
    process.stderr.write('oracle: --jobs needs a positive integer\n');
    process.exit(2);
  }
  if (opts.dir !== null && opts.files.length > 0) {
    process.stderr.write('oracle: give either --dir or files, not both\n');
    process.exit(2);
  }
  return opts;
}

function listPrograms(opts) {
  if (opts.files.length > 0) {
    return opts.files.map((f) => {
      const abs = path.resolve(f);
      if (!abs.endsWith('.py')) {
        process.stderr.write(`oracle: not a .py file: ${f}\n`);
        process.exit(2);
      }
      if (!existsSync(abs)) {
        process.stderr.write(`oracle: no such file: ${f}\n`);
        process.exit(2);
      }
      return abs;
    });
  }
  const dir = path.resolve(opts.dir ?? DEFAULT_DIR);
  if (!existsSync(dir)) {
    process.stderr.write(`oracle: no such directory: ${dir}\n`);
    process.exit(2);
  }
  const programs = readdirSync(dir)
    .filter((n) => n.endsWith('.py'))
    .sort()
    .map((n) => path.join(dir, n));
  const names = new Set(programs.map((p) => path.basename(p, '.py')));
  for (const n of readdirSync(dir).sort()) {
    if (n.endsWith('.expected.json') && !names.has(n.slice(0, -'.expected.json'.length))) {
      process.stderr.write(`oracle: warning: ${path.join(dir, n)} has no matching .py\n`);
    }
  }
  return programs;
}

function expectedPath(program) {
  return path.join(path.dirname(program), path.basename(program, '.py') + '.expected.json');
}

// Ask an interpreter for its real executable and version (inherited env, so
// shims such as pyenv's still work); null if it is not there or fails.
function probe(cmd) {
  try {
    const out = execFileSync(
      cmd,
      ['-c', 'import sys, platform; print(sys.executable); print(platform.python_version())'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 },
    );
    const [exe, version] = out.trim().split('\n');
    return { exe: exe || cmd, version };
  } catch {
    return null;
  }
}

function findInterpreters() {
  const found = {};
  const errors = [];

  if (!existsSync(PY314)) {
    errors.push(
      `oracle: error: ${path.relative(PROJECT, PY314)} is missing; skipping the 3.14 half. ` +
        'Run `npm run cpython` to fetch CPython 3.14.',
    );
  } else {
    const p = probe(PY314);
    if (p && p.version.startsWith('3.14.')) {
      // Run the wrapper itself: it sets up the unpacked loader and PYTHONHOME.
      found['3.14'] = { exe: PY314, version: p.version };
    } else {
      errors.push(
        `oracle: error: ${path.relative(PROJECT, PY314)} does not run (or is not 3.14); ` +
          'skipping the 3.14 half. Run `bash scripts/cpython.sh --force`.',
      );
    }
  }

  const candidates = [process.env.ORACLE_PYTHON311, 'python3.11', 'python3'].filter(Boolean);
  for (const c of candidates) {
    const p = probe(c);
    if (p && p.version.startsWith('3.11.')) {
      found['3.11'] = { exe: p.exe, version: p.version };
      break;
    }
  }
  if (!found['3.11']) {
    errors.push(
      `oracle: error: no CPython 3.11 found (tried ${candidates.join(', ')}); skipping the 3.11 half.`,
    );
  }

  for (const [key, it] of Object.entries(found)) {
    if (it.version !== PINNED[key]) {
      process.stderr.write(
        `oracle: warning: "${key}" is CPython ${it.version}, not ${PINNED[key]}; ` +
          'every expected file will record the new version.\n',
      );
    }
  }
  return { found, errors };
}

function runOnce(exe, dir, seed) {
  return new Promise((resolve) => {
    const child = spawn(exe, ['-s', SCRIPT_NAME], {
      cwd: dir,
      env: {
        PATH: FIXED_PATH,
        LANG: 'C.UTF-8',
        PYTHONHASHSEED: seed,
        PYTHONDONTWRITEBYTECODE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // own process group, so a timeout kills its children too
    });
    const out = [];
    const err = [];
    let outLen = 0;
    let errLen = 0;
    let failure = null;
    const kill = () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => {
      failure = `timed out after ${TIMEOUT_MS / 1000} s`;
      kill();
    }, TIMEOUT_MS);
    child.stdout.on('data', (b) => {
      outLen += b.length;
      if (outLen > MAX_OUTPUT) {
        failure ??= `stdout over ${MAX_OUTPUT} bytes`;
        kill();
      } else out.push(b);
    });
    child.stderr.on('data', (b) => {
      errLen += b.length;
      if (errLen > MAX_OUTPUT) {
        failure ??= `stderr over ${MAX_OUTPUT} bytes`;
        kill();
      } else err.push(b);
    });
    child.on('error', (e) => {
      failure ??= `could not start ${exe}: ${e.message}`;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        failure,
        exit: code ?? -(os.constants.signals[signal] ?? 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

function replaceAll(s, from, to) {
  return s.split(from).join(to);
}

// Remove the random temporary directory from output (see the header).
function normalize(s, dirs) {
  for (const d of dirs) {
    s = replaceAll(s, d + '/', '');
    s = replaceAll(s, d, '.');
  }
  return s;
}

function exceptionOf(exit, stderr) {
  if (exit !== 1) return null;
  const lines = stderr.split('\n');
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  if (nonEmpty.length === 0) return null;
  const last = nonEmpty[nonEmpty.length - 1];
  // The last traceback printed is the one of the uncaught exception (earlier
  // ones are its __context__/__cause__).
  let plain = -1;
  let group = -1;
  lines.forEach((l, i) => {
    if (l === 'Traceback (most recent call last):') plain = i;
    if (/^  \+ Exception Group Traceback \(most recent call last\):$/.test(l)) group = i;
  });
  if (group > plain) {
    // The group's own line is the first "  | Name: msg" line after its header
    // (its frames are indented further, its sub-exceptions sit under "+-").
    const own = lines.slice(group + 1).find((l) => /^  \| [A-Za-z_][\w.]*(: |$)/.test(l));
    return own ? own.slice(4) : last;
  }
  if (plain >= 0) {
    // Frames are indented; the exception line is the first line after them
    // that is not. Notes (add_note) and further lines of a multi-line
    // message come after it and are left out.
    const own = lines.slice(plain + 1).find((l) => l !== '' && !/^\s/.test(l));
    return own ?? last;
  }
  // A syntax error in the script itself has no "Traceback" header.
  const syntax = lines.find((l) => /^(SyntaxError|IndentationError|TabError)(: |$)/.test(l));
  if (syntax && /^  File "/m.test(stderr)) return syntax;
  return null;
}

async function runProgram(exe, source, seed) {
  const made = await fsp.mkdtemp(path.join(os.tmpdir(), 'heapsnake-oracle-'));
  const dir = realpathSync(made);
  try {
    await fsp.writeFile(path.join(dir, SCRIPT_NAME), source);
    const r = await runOnce(exe, dir, seed);
    const dirs = dir === made ? [dir] : [dir, made];
    const stdout = normalize(r.stdout, dirs);
    const stderr = normalize(r.stderr, dirs);
    return { failure: r.failure, exit: r.exit, stdout, stderr, exception: exceptionOf(r.exit, stderr) };
  } finally {
    await fsp.rm(made, { recursive: true, force: true });
  }
}

function firstDifference(a, b) {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) {
      return `line ${i + 1}: ${JSON.stringify(la[i] ?? '<none>')} vs ${JSON.stringify(lb[i] ?? '<none>')}`;
    }
  }
  return '';
}

// Runs one program under every interpreter; returns { entries, errors }.
async function oracleFor(program, interpreters) {
  const source = await fsp.readFile(program);
  const entries = {};
  const errors = [];
  for (const key of ['3.14', '3.11']) {
    const it = interpreters[key];
    if (!it) continue;
    const runs = [];
    for (const seed of SEEDS) {
      const r = await runProgram(it.exe, source, seed);
      runs.push(r);
      if (r.failure) break; // e.g. a timeout: no point in waiting for it twice
    }
    const bad = runs.find((r) => r.failure);
    if (bad) {
      errors.push(`${key}: ${bad.failure}`);
      continue;
    }
    const [a, b] = runs;
    const diffs = [];
    if (a.stdout !== b.stdout) diffs.push(`stdout differs (${firstDifference(a.stdout, b.stdout)})`);
    if (a.exit !== b.exit) diffs.push(`exit code differs (${a.exit} vs ${b.exit})`);
    if (a.exception !== b.exception) {
      diffs.push(`exception differs (${JSON.stringify(a.exception)} vs ${JSON.stringify(b.exception)})`);
    }
    if (diffs.length > 0) {
      errors.push(
        `${key}: nondeterministic between PYTHONHASHSEED=${SEEDS[0]} and ${SEEDS[1]}: ${diffs.join('; ')}`,
      );
      continue;
    }
    entries[key] = {
      version: it.version,
      stdout: a.stdout,
      stderr: a.stderr,
      exception: a.exception,
      exit: a.exit,
    };
  }
  return { entries, errors };
}

function render(entries, previous) {
  const out = {};
  for (const key of ['3.14', '3.11']) {
    const e = entries[key] ?? previous?.[key];
    if (!e) continue;
    out[key] = {
      version: e.version,
      stdout: e.stdout,
      stderr: e.stderr,
      exception: e.exception,
      exit: e.exit,
    };
  }
  return JSON.stringify(out, null, 2) + '\n';
}

async function pool(items, jobs, fn) {
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  });
  await Promise.all(workers);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const programs = listPrograms(opts);
  const { found, errors: setupErrors } = findInterpreters();
  for (const e of setupErrors) process.stderr.write(e + '\n');

  const counts = { written: 0, unchanged: 0, failed: 0, changed: 0 };
  const show = (p) => path.relative(process.cwd(), p) || p;

  if (Object.keys(found).length > 0) {
    await pool(programs, opts.jobs, async (program) => {
      const { entries, errors } = await oracleFor(program, found);
      if (errors.length > 0) {
        counts.failed++;
        for (const e of errors) process.stderr.write(`oracle: error: ${show(program)}: ${e}\n`);
        process.stderr.write(`oracle: error: ${show(program)}: expected file not written\n`);
        return;
      }
      const target = expectedPath(program);
      let before = null;
      try {
        before = await fsp.readFile(target, 'utf8');
      } catch {
        /* no expected file yet */
      }
      let previous = null;
      if (before !== null && Object.keys(found).length < 2) {
        try {
          previous = JSON.parse(before);
        } catch {
          /* unreadable: rewrite */
        }
      }
      const text = render(entries, previous);
      if (text === before) {
        counts.unchanged++;
      } else if (opts.check) {
        counts.changed++;
        process.stderr.write(
          `oracle: ${show(target)} would ${before === null ? 'be created' : 'change'}\n`,
        );
      } else {
        await fsp.writeFile(target, text);
        counts.written++;
        process.stdout.write(`oracle: wrote ${show(target)}\n`);
      }
    });
  } else {
    counts.failed = programs.length;
  }

  const summary = opts.check
    ? `oracle --check: ${programs.length} programs, ${counts.changed} would change, ` +
      `${counts.unchanged} unchanged, ${counts.failed} failed`
    : `oracle: ${programs.length} programs, ${counts.written} written, ` +
      `${counts.unchanged} unchanged, ${counts.failed} failed`;
  process.stdout.write(summary + '\n');
  const bad = setupErrors.length > 0 || counts.failed > 0 || counts.changed > 0;
  process.exitCode = bad ? 1 : 0;
}

main().catch((e) => {
  process.stderr.write(`oracle: ${e.stack ?? e}\n`);
  process.exit(2);
});
