#!/usr/bin/env node
// Picture probe: are the NUMBERS THE PICTURE DRAWS CPython's?
//
//   node scripts/picture-probe.mjs FILE|DIR ... [--only 3.14|3.11] [--quiet]
//
// The corpus checks what a program prints; the picture also draws a refcount and a size in
// bytes on every object box (src/render/layout.ts: objectSpec draws ObjSnap.refcount and
// ObjSnap.size, which src/core/trace.ts: describe takes straight from the modelled object:
// `o.rc` and sys.getsizeof's model). Nothing checked those numbers for objects the program
// never printed. For a program P this probe:
//   1. simulates P with the trace and takes the heap snapshot of the 'end of program' step
//      (the last picture a user sees);
//   2. finds, for each drawn (not shared) object reachable from a module-level name, its
//      shortest access path (name, name[i], name[key], name.attr, up to depth 3), and appends
//      to P an epilogue: a function of straight-line lines
//      `print(_hs_sys.getrefcount(PATH), _hs_sys.getsizeof(PATH))`, registered with atexit;
//   3. runs P+epilogue through real CPython and through heapsnake, and checks
//      (a) heapsnake prints what CPython prints (or refuses with NotSupported: counted as refused);
//      (b) the picture agrees with heapsnake's own answer: drawn refcount + 1 == printed
//          getrefcount, drawn size == printed getsizeof.
//
// Why an atexit callback and not lines at the end of P: 'end of program' is the state after the
// script has run — Python/pythonrun.c: run_mod has freed the module's code object (and with it its
// co_consts' references), pyrun_file the parser's arena, _PyRun_SimpleFileObject's flush_io has
// flushed sys.stdout (whose pending buffer held printed strs) — and the atexit callbacks are the
// first Python code that runs after it (Py_FinalizeEx -> _PyAtExit_Call, before any collection or
// module teardown; newest first, so before P's own callbacks). Lines appended to P would run while
// all three still hold their references.
//
// Why (b) is "+ 1" on both versions: in the callback a name is loaded with LOAD_GLOBAL and a path
// step with BINARY_SUBSCR / BINARY_OP [] / LOAD_ATTR; each pushes a new strong reference (3.14's
// uncounted LOAD_FAST_BORROW is for fast locals only: Python/flowgraph.c optimize_load_fast), and
// the container or instance loaded before the last step is popped before the call. So while
// sys.getrefcount runs, the object has exactly one reference more than at the end of P: the argument
// on the stack (Python/sysmodule.c: sys_getrefcount_impl returns Py_REFCNT(object)). heapsnake's
// getrefcount (src/core/modules.ts) returns `o.rc` at the call, the same model the snapshot reads
// (src/core/trace.ts: describe), so the picture's number must be the printed one minus one. Sizes:
// the snapshot's size is src/core/sizeof.ts getsizeof(o), what sys.getsizeof returns: equal.
//
// What the epilogue does not disturb, and what is skipped because it might:
//   - `import sys as _hs_sys`, `import atexit as _hs_atexit` and `def _hs_probe` add names to
//     __main__'s dict (so a dict holding '__builtins__', globals() itself, is not probed) and one
//     function; they hold no reference to P's objects;
//   - the callback's constants (dict keys, indices over 256) stay in its co_consts; a probed
//     int/str/float equal to one of them could be that very object (Python/compile.c: the constant
//     cache merges equal constants), so such objects are skipped;
//   - objects heapsnake draws as shared (immortal, cached, interned, uncounted) are skipped;
//   - when the end step says the gc timing is unknown (CPython may have collected garbage
//     heapsnake still holds), objects that unreachable tracked objects refer to are skipped;
//   - attributes are read only where no class in the heap defines __getattribute__/__getattr__ or a
//     descriptor of that name (a property would answer instead of the instance's value);
//     dunder attributes and paths through str keys whose repr is clipped are not used.
// Programs that raise, are refused, or hit a limit are skipped (the corpus test covers them).
//
// Verdicts per program and version: ok (every probed object agrees), refused (heapsnake
// refused some epilogue lines with NotSupported; the rest agree), DIFF (a path whose numbers
// differ), skip (nothing to probe, or P itself does not run to its end), CPYERR. Build first
// (`npx tsc -p tsconfig.json`): the command line loads heapsnake from dist/src.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, realpathSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { realPython311, probeArgs } from './probe-common.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let PY = null;
/** The CPython binaries, or null for a version that is missing. */
export function pythons() {
  if (!PY) {
    const p314 = path.join(ROOT, '.cpython', 'bin', 'python3.14');
    PY = { '3.14': existsSync(p314) ? p314 : null, '3.11': realPython311() };
  }
  return PY;
}

/** Run source under CPython like the oracle (snippet.py in a fresh directory, PYTHONHASHSEED=0, -s). */
export function runCPython(v, source) {
  const exe = pythons()[v];
  if (!exe) return { error: `no CPython ${v}` };
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'heapsnake-pic-')));
  try {
    writeFileSync(path.join(dir, 'snippet.py'), source);
    const r = spawnSync(exe, ['-s', 'snippet.py'], {
      cwd: dir, encoding: 'utf8', timeout: 10_000, input: '',
      env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C.UTF-8', PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' },
    });
    if (r.error) return { error: String(r.error) };
    return { stdout: r.stdout, stderr: r.stderr, status: r.status };
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

const SUBSCRIPTABLE = new Set(['list', 'tuple']);
const DICTS = new Set(['dict', 'defaultdict', 'OrderedDict', 'Counter']);
// Class attribute values that `Cls.name` returns as they are (no descriptor binding them).
const PLAIN_CLASS_ATTR = new Set(['list', 'tuple', 'dict', 'set', 'frozenset', 'str', 'int', 'float', 'complex', 'bytes', 'bytearray', 'function']);
// Class attributes that take precedence over (or replace) an instance attribute of the same name.
const DESCRIPTORS = new Set(['property', 'member_descriptor', 'getset_descriptor', 'classmethod', 'staticmethod']);
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_DEPTH = 3, MAX_ITEMS = 40, MAX_PATHS = 300;

/** The 'end of program' step of a trace (the last picture a user sees), or null. */
export function endStep(trace) {
  return trace.steps.find((s) => s.kind === 'end' && s.note === 'end of program') ?? null;
}

/**
 * The objects to probe on a snapshot, each with its shortest access path from a module-level name.
 * Returns { probes: [{ path, id, refcount, size, type }], consts: Set<string> (the epilogue's constants) }.
 */
export function choosePaths(step, roots = null) {
  const heap = new Map();
  for (const o of step.heap) heap.set(o.id, o); // later entries win (trace.ts appends shared objects' refs)
  const mod = step.frames.find((f) => f.name === '<module>') ?? step.frames[step.frames.length - 1];
  if (!mod) return { probes: [], consts: new Set() };
  // classes that would answer `x.attr` instead of the instance: __getattribute__ anywhere, or a descriptor of that name
  let attrsOk = true;
  const shadowed = new Set();
  for (const o of heap.values()) {
    if (o.type !== 'type') continue;
    for (const [l, t] of o.refs) {
      if (l === '.__getattribute__' || l === '.__getattr__') attrsOk = false;
      const v = heap.get(t);
      if (l.startsWith('.') && (!v || DESCRIPTORS.has(v.type) || !PLAIN_CLASS_ATTR.has(v.type))) shadowed.add(l.slice(1));
    }
  }
  const pathOf = new Map(); // id -> path (shortest: breadth first)
  const consts = new Set();
  let q = [];
  // `roots`: [expression, id] pairs read before the module's names (scripts/step-probe.mjs: a function's locals)
  for (const [expr, id] of roots ?? []) if (!pathOf.has(id)) { pathOf.set(id, { path: expr, consts: [] }); q.push(id); }
  for (const [name, id] of mod.locals) {
    if (!IDENT.test(name) || name.startsWith('_hs_')) continue;
    if (!pathOf.has(id)) { pathOf.set(id, { path: name, consts: [] }); q.push(id); }
  }
  for (let depth = 0; depth < MAX_DEPTH && q.length; depth++) {
    const next = [];
    for (const id of q) {
      const o = heap.get(id);
      if (!o) continue;
      const base = pathOf.get(id);
      const steps = [];
      if (SUBSCRIPTABLE.has(o.type)) {
        for (const [l, t] of o.refs.slice(0, MAX_ITEMS)) {
          const m = /^\[(\d+)\]$/.exec(l);
          if (m) steps.push([`[${m[1]}]`, t, Number(m[1]) > 256 ? [m[1]] : []]);
        }
      } else if (DICTS.has(o.type)) {
        let n = 0;
        for (let i = 0; i + 1 < o.refs.length && n < MAX_ITEMS; i++) {
          if (o.refs[i][0] !== 'key' || !o.refs[i + 1][0].startsWith('[')) continue;
          const k = heap.get(o.refs[i][1]);
          const t = o.refs[i + 1][1];
          i++; n++;
          if (!k || k.value.includes('…')) continue;
          if (k.type === 'str' && /^'[^'\\]*'$/.test(k.value)) steps.push([`[${k.value}]`, t, [k.value]]);
          else if (k.type === 'int' && /^-?\d+$/.test(k.value)) steps.push([`[${k.value}]`, t, [k.value]]);
        }
      } else if (o.type === 'type') {
        for (const [l, t] of o.refs) {
          const v = heap.get(t);
          if (/^\.[A-Za-z_]\w*$/.test(l) && !l.startsWith('.__') && v && PLAIN_CLASS_ATTR.has(v.type)) steps.push([l, t, []]);
        }
      } else if (attrsOk && o.type !== 'module') {
        for (const [l, t] of o.refs) {
          if (/^\.[A-Za-z_]\w*$/.test(l) && !l.startsWith('.__') && !shadowed.has(l.slice(1))) steps.push([l, t, []]);
        }
      }
      for (const [s, t, c] of steps) {
        if (pathOf.has(t)) continue;
        pathOf.set(t, { path: base.path + s, consts: [...base.consts, ...c] });
        next.push(t);
      }
    }
    q = next;
  }
  // objects that garbage may still refer to, where CPython may have collected it (gc.ts: timingUnknown)
  const heldByGarbage = new Set();
  if (step.gc.timingUnknown) {
    const reach = new Set();
    const stack = [...mod.locals.map(([, id]) => id)];
    for (const f of step.frames) for (const [, id] of f.locals) stack.push(id);
    while (stack.length) {
      const id = stack.pop();
      if (reach.has(id)) continue;
      reach.add(id);
      const o = heap.get(id);
      if (o) for (const [, t] of o.refs) stack.push(t);
    }
    for (const o of heap.values()) if (o.tracked && !reach.has(o.id) && !o.shared) for (const [, t] of o.refs) heldByGarbage.add(t);
  }
  const probes = [];
  for (const [id, p] of pathOf) {
    const o = heap.get(id);
    if (!o || o.shared || heldByGarbage.has(id)) continue;
    // the module's own namespace (globals()) gains the epilogue's names
    if (DICTS.has(o.type) && o.refs.some(([l, t]) => l === 'key' && heap.get(t)?.value === "'__builtins__'")) continue;
    probes.push({ path: p.path, id, refcount: o.refcount, size: o.size, type: o.type, value: o.value, consts: p.consts, ...(o.refcountUnknown ? { refcountUnknown: o.refcountUnknown } : {}) });
    for (const c of p.consts) consts.add(c);
  }
  // a probed scalar equal to one of the epilogue's constants could share its object (constant merging)
  const kept = probes.filter((p) => !(['int', 'str', 'float'].includes(p.type) && consts.has(p.value)) && !(p.refcountUnknown && p.size === null));
  return { probes: kept.slice(0, MAX_PATHS), consts };
}

/** The epilogue: one straight-line print per probe (no loop, no temporaries kept). */
export function epilogue(probes) {
  const lines = ['', 'import sys as _hs_sys', 'import atexit as _hs_atexit', 'def _hs_probe():'];
  for (const p of probes) {
    // a refcount the picture does not draw ("refcount ?") is not asked for: only the size is checked
    if (p.refcountUnknown) lines.push(`    print(_hs_sys.getsizeof(${p.path}))`);
    else lines.push(p.size === null ? `    print(_hs_sys.getrefcount(${p.path}))` : `    print(_hs_sys.getrefcount(${p.path}), _hs_sys.getsizeof(${p.path}))`);
  }
  lines.push('_hs_atexit.register(_hs_probe)');
  return lines.join('\n') + '\n';
}
/**
 * For a program that ends in an uncaught exception (no epilogue would run): the same prints in a lambda
 * registered with atexit on line 1, in place of the program's first line, a comment (so no line moves).
 * It runs after the traceback is printed, at the state the 'end of program' picture shows.
 */
export function prologue(probes) {
  const calls = probes.map((p) => (p.refcountUnknown ? `print(_hs_sys.getsizeof(${p.path}))`
    : p.size === null ? `print(_hs_sys.getrefcount(${p.path}))` : `print(_hs_sys.getrefcount(${p.path}), _hs_sys.getsizeof(${p.path}))`));
  return `import sys as _hs_sys, atexit as _hs_atexit; _hs_atexit.register(lambda: (${calls.join(', ')},))`;
}

/** The line number of the epilogue's first print, after a program of `n` lines. */
const FIRST_PRINT = 5;

/** What the picture says a probe line must print: drawn refcount + the argument's reference, drawn size. */
export function pictureLine(p) {
  if (p.refcountUnknown) return `${p.size}`;
  return p.size === null ? `${p.refcount + 1}` : `${p.refcount + 1} ${p.size}`;
}

/**
 * One probed object: CPython's printed line `cpy`, heapsnake's `hs`, and what the picture draws (pictureLine) must
 * agree. Counts it in `res` and returns 'diff', 'unknown' (the picture draws refcount ?: counted refused) or 'ok'.
 */
export function judge(res, p, cpy, hs, where) {
  res.checked++;
  const pic = pictureLine(p);
  if (hs !== cpy) { res.diff++; res.details.push(`DIFF ${where}: heapsnake prints ${hs}, CPython ${cpy}`); return 'diff'; }
  if (pic !== hs) { res.diff++; res.details.push(`DIFF ${where}: picture draws refcount ${p.refcountUnknown ? '?' : p.refcount}${p.size === null ? '' : `, ${p.size} B`} (so ${pic}), heapsnake and CPython print ${hs}`); return 'diff'; }
  if (p.refcountUnknown) { res.refused++; return 'unknown'; }
  res.ok++;
  return 'ok';
}

/**
 * Probe one program on one version. `simulate` is heapsnake's (src or dist); `cpython(v, source)`
 * returns { stdout, status } or { error }. `corrupt`, for tests: changes the snapshot's probes
 * before the comparison (a picture with a wrong number must give a DIFF).
 */
export function probeProgram(src, v, { simulate, cpython = runCPython, corrupt } = {}) {
  const res = { verdict: 'ok', checked: 0, ok: 0, refused: 0, diff: 0, details: [] };
  if (/^\s*(def|class)\s+print\b|^\s*print\s*=|_hs_/m.test(src)) return { ...res, verdict: 'skip', details: ['rebinds print'] };
  let r0;
  try { r0 = simulate(src, { python: v, trace: true, timeoutMs: 20000 }); } catch (e) { return { ...res, verdict: 'skip', details: [`crash: ${e}`] }; }
  if (r0.notSupported || r0.limit) return { ...res, verdict: 'skip', details: ['program refused by heapsnake'] };
  // a program that ends in an uncaught exception is probed from an atexit callback registered on its first line
  const lines0 = src.split('\n');
  const early = r0.exception !== null && r0.exitCode === 1;
  if (early && !/^\s*#/.test(lines0[0])) return { ...res, verdict: 'skip', details: ['ends in an exception, and its first line is not a comment'] };
  if (!early && r0.exitCode !== 0) return { ...res, verdict: 'skip', details: ['program exits with an error status'] };
  const step = endStep(r0.trace);
  if (!step || !step.heap) return { ...res, verdict: 'skip', details: ['no end snapshot'] };
  let { probes } = choosePaths(step);
  if (corrupt) probes = corrupt(probes);
  if (!probes.length) return { ...res, verdict: 'skip', details: ['nothing to probe'] };
  const base = src.endsWith('\n') ? src : src + '\n';
  const withProbe = (ps) => (early ? [prologue(ps), ...lines0.slice(1)].join('\n') : base + epilogue(ps));
  // CPython: the whole epilogue at once
  const c = cpython(v, withProbe(probes));
  if (c.error || c.status !== (early ? 1 : 0)) return { ...res, verdict: 'CPYERR', details: [c.error ?? `exit ${c.status}: ${(c.stderr ?? '').trim().split('\n').pop()}`] };
  // what the program printed before its end (after it, interpreter exit may print more: __del__, its own atexit callbacks)
  const before = r0.stdout.slice(0, step.stdoutLength);
  const probeLines = (out) => {
    if (!out.startsWith(before)) return null;
    const l = out.slice(before.length).split('\n');
    if (l.length <= probes.length || !l.slice(0, probes.length).every((x) => /^\d+( \d+)?$/.test(x))) return null;
    return l.slice(0, probes.length);
  };
  if (!c.stdout.startsWith(before)) return { ...res, verdict: 'skip', details: ['the program alone prints something else than CPython (a corpus DIFF)'] };
  const cpyOut = probeLines(c.stdout);
  if (!cpyOut) return { ...res, verdict: 'skip', details: ['the epilogue did not run in CPython (the program exits early?)'] };
  // heapsnake: lines it refuses are dropped one at a time (the refusal names the line)
  let live = probes.map((p, i) => ({ ...p, i }));
  // (the first print is line epiStart + 1; in a prologue a refusal cannot tell which print: all are counted refused)
  const epiStart = early ? -1e9 : base.split('\n').length - 1 + FIRST_PRINT - 1;
  let hsOut = null;
  for (let tries = 0; tries < 40 && live.length; tries++) {
    let r;
    try { r = simulate(withProbe(live), { python: v, timeoutMs: 20000 }); } catch (e) { r = { notSupported: `crash: ${e}` }; }
    const stop = r.notSupported ?? r.limit;
    if (!stop) {
      if ((r.exception ?? null) !== (early ? r0.exception : null)) { res.details.push(`heapsnake raised ${r.exception} in the epilogue`); res.verdict = 'DIFF'; res.diff += live.length; res.checked += live.length; return res; }
      hsOut = r.stdout.startsWith(before) ? r.stdout.slice(before.length).split('\n').slice(0, live.length) : [];
      if (hsOut.length !== live.length || !hsOut.every((x) => /^\d+( \d+)?$/.test(x))) { res.details.push(`heapsnake printed ${JSON.stringify(r.stdout.slice(before.length, before.length + 200))} for the epilogue`); res.verdict = 'DIFF'; res.diff += live.length; res.checked += live.length; return res; }
      break;
    }
    const m = /\(line (\d+)\)/.exec(stop);
    const line = m ? Number(m[1]) : -1;
    const k = line - epiStart - 1;
    if (k < 0 || k >= live.length) { res.refused += live.length; res.checked += live.length; res.verdict = 'refused'; res.details.push(`refused: ${stop}`); return res; }
    res.refused++; res.checked++;
    res.details.push(`refused ${live[k].path}: ${stop.replace(/ \(line \d+\)/, '')}`);
    live.splice(k, 1);
  }
  if (!hsOut) { res.verdict = res.refused ? 'refused' : 'skip'; return res; }
  for (let j = 0; j < live.length; j++) {
    const p = live[j];
    if (judge(res, p, cpyOut[p.i], hsOut[j], `${p.path} (${p.type})`) === 'unknown') res.details.push(`refused ${p.path}: the picture draws refcount ? (${p.refcountUnknown}); its size agrees`);
  }
  res.verdict = res.diff ? 'DIFF' : res.refused ? 'refused' : 'ok';
  return res;
}

/**
 * The command line of a probe: `probe(src, version, { simulate })` over FILE|DIR ... for each version, printing a
 * line per program (only DIFF and CPython errors with --quiet) and the totals; exit 1 on any DIFF.
 */
export async function probeMain(probe) {
  const { versions, quiet, files } = probeArgs(process.argv.slice(2));
  const { ready, simulate } = await import(pathToFileURL(path.join(ROOT, 'dist', 'src', 'core', 'simulate.js')).href);
  await ready();
  const tot = {};
  let anyDiff = false;
  for (const v of versions) {
    tot[v] = { programs: { ok: 0, refused: 0, DIFF: 0, skip: 0, CPYERR: 0 }, steps: 0, checked: 0, ok: 0, refused: 0, diff: 0 };
    if (!pythons()[v]) console.log(`no CPython ${v}: skipped`);
  }
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    for (const v of versions) {
      if (!pythons()[v]) continue;
      const r = probe(src, v, { simulate });
      const t = tot[v];
      t.programs[r.verdict]++;
      t.steps += r.steps ?? 0; t.checked += r.checked; t.ok += r.ok; t.refused += r.refused; t.diff += r.diff;
      for (const [why, n] of Object.entries(r.skipped ?? {})) (t.skipped ??= {})[why] = (t.skipped?.[why] ?? 0) + n;
      if (r.verdict === 'DIFF') anyDiff = true;
      const rel = path.relative(process.cwd(), f);
      if (!quiet || r.verdict === 'DIFF' || r.verdict === 'CPYERR') {
        console.log(`${r.verdict.padEnd(7)} ${v} ${rel}  ${r.steps !== undefined ? `${r.steps} steps, ` : ''}${r.checked} objects${r.verdict === 'skip' ? `  (${r.details[0]})` : ''}`);
        for (const d of r.details.slice(0, 12)) if (d.startsWith('DIFF') || d.startsWith('heapsnake') || (r.verdict !== 'skip' && !quiet)) console.log(`        ${d}`);
      }
    }
  }
  for (const v of versions) {
    const t = tot[v], p = t.programs;
    console.log(`${v}: ${files.length} programs (${p.ok} ok, ${p.refused} refused, ${p.DIFF} DIFF, ${p.skip} skipped, ${p.CPYERR} CPython errors); ${t.steps ? `${t.steps} steps, ` : ''}objects checked ${t.checked}: ${t.ok} ok, ${t.refused} refused, ${t.diff} DIFF${t.skipped ? `; steps not checked: ${Object.entries(t.skipped).map(([w, n]) => `${n} ${w}`).join(', ')}` : ''}`);
  }
  process.exit(anyDiff ? 1 : 0);
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) await probeMain(probeProgram);
