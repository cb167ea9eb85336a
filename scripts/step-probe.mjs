#!/usr/bin/env node
// Step probe: are the numbers drawn on EVERY module-level step CPython's, not only the end picture's?
//
//   node scripts/step-probe.mjs FILE|DIR ... [--only 3.14|3.11] [--quiet] [--functions]
//
// (--functions: the steps INSIDE functions and methods instead; see probeFunctionSteps below.)
//
// scripts/picture-probe.mjs checks the refcount and size drawn on the 'end of program' picture. A
// learner steps through the run, and each step's picture draws numbers too (a step at line L is the
// state before line L runs: docs/trace.md). For a program P this probe:
//   1. simulates P with the trace; its module-level simple statements (found with CPython 3.11's
//      `ast`: statements of the module body and of module-level if/for/while/try/with bodies that
//      begin their line, alone on it; not def/class bodies) are the lines it can stop at;
//   2. inserts a probe function `_hs_p` after P's first statement (not before it: the first constant
//      the module's code loads stays P's own, and 3.14 keeps co_consts[0] even when it is unused —
//      Python/flowgraph.c: remove_unused_consts — so a prelude would take a reference away from it) and
//      `_hs_p(); ` at the start of each such line after it. Every execution of the line calls it
//      once, so the n-th call is the n-th heapsnake step at one of those lines. For a checked step
//      the n-th call prints `#hs# n` and `sys.getrefcount(PATH) sys.getsizeof(PATH)` for the objects
//      module names reach (picture-probe.mjs: choosePaths, the same paths and skips);
//   3. runs the instrumented P under real CPython and under heapsnake and checks (a) both print the
//      same probe lines, (b) the original run's picture of that step draws refcount = printed - 1
//      (the argument) and size = printed size.
//
// Why the state inside `_hs_p` is the step's state: the call is the first thing line L does, so
// nothing of L has run; between the previous line's end and this call nothing else runs. The call
// adds no reference to P's objects: `_hs_p` reads names with LOAD_GLOBAL (a new strong reference, the
// argument; the containers on a path are popped before the call, as in the end probe). A for loop's
// iterator or a with block's exit stays on the module frame's stack in both (drawn as stack rows).
//
// Which steps are checked: the innermost frame is the module's (a call's frames: --functions, which
// names the locals in the probe call instead of reading f_locals), a snapshot exists, and no tracked object is unreachable from the frames
// (garbage: CPython may collect it at another time than heapsnake's picture assumes when the
// probe's allocations move the collector's counts; the probe allocates no tracked object per call).
// Programs skipped: those with `from __future__`, a module docstring (the prelude would take its
// place), or a rebound print.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { realPython311 } from './probe-common.mjs';
import { choosePaths, judge, probeMain, runCPython } from './picture-probe.mjs';


// Module-level statements that start their line: [lineno, col_offset], with CPython 3.11's ast.
// (both scripts start by parsing stdin with CPython 3.11's ast, printing null for a SyntaxError)
const AST_PRELUDE = String.raw`
import ast, json, sys
src = sys.stdin.read()
try:
    tree = ast.parse(src)
except SyntaxError:
    print("null"); sys.exit(0)
lines = src.split("\n")
`;
const AST_SCRIPT = AST_PRELUDE + String.raw`out = []
doc = bool(tree.body) and isinstance(tree.body[0], ast.Expr) and isinstance(tree.body[0].value, ast.Constant) and isinstance(tree.body[0].value.value, str)
future = any(isinstance(s, ast.ImportFrom) and s.module == "__future__" for s in tree.body)
COMPOUND = (ast.If, ast.For, ast.While, ast.Try, ast.With)
def walk(body):
    for s in body:
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.AsyncFor, ast.AsyncWith)):
            continue
        if isinstance(s, COMPOUND) or type(s).__name__ in ("TryStar", "Match"):
            for f in ("body", "orelse", "finalbody"):
                walk(getattr(s, f, []) or [])
            for h in getattr(s, "handlers", []) or []:
                walk(h.body)
            continue
        line = lines[s.lineno - 1]
        if len(line) - len(line.lstrip()) == s.col_offset:
            out.append([s.lineno, s.col_offset])
walk(tree.body)
# a line where several statements begin (a; b) is one line event in CPython but a step per statement in
# heapsnake's trace: not probed
starts = {}
for n in ast.walk(tree):
    if isinstance(n, ast.stmt):
        starts[n.lineno] = starts.get(n.lineno, 0) + 1
out = [x for x in out if starts[x[0]] == 1]
first_end = tree.body[0].end_lineno if tree.body else 0
out = [x for x in out if x[0] > first_end]
print(json.dumps({"stmts": out, "doc": doc, "future": future, "firstEnd": first_end}))
`;

function moduleStatements(src) {
  const py = realPython311() ?? 'python3';
  const r = spawnSync(py, ['-c', AST_SCRIPT], { input: src, encoding: 'utf8' });
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout.trim());
}


/** Steps of the trace at probe lines, in order: the n-th is the n-th call of _hs_p. */
function stepsAtProbeLines(trace, lines) {
  return trace.steps.filter((s) => s.kind === 'line' && lines.has(s.line) && s.frames.length && s.frames[0].name === '<module>');
}

/** True when some tracked object of the snapshot is not reachable from the frames (garbage). */
function hasGarbage(step) {
  const heap = new Map();
  for (const o of step.heap) heap.set(o.id, o);
  const seen = new Set();
  const stack = [];
  const walk = () => {
    while (stack.length) {
      const id = stack.pop();
      if (seen.has(id)) continue;
      seen.add(id);
      const o = heap.get(id);
      if (o) for (const [, t] of o.refs) stack.push(t);
    }
  };
  for (const f of step.frames) { for (const [, id] of f.locals) stack.push(id); for (const id of f.stack ?? []) stack.push(id); if (f.fLocals !== undefined) stack.push(f.fLocals); }
  walk();
  // an object not reached that has more references than the heap's objects hold is held from outside
  // them (a code constant, the interpreter): live, with what it holds (src/render/model.ts does the same)
  const inbound = new Map();
  for (const o of heap.values()) for (const [, t] of o.refs) inbound.set(t, (inbound.get(t) ?? 0) + 1);
  for (const o of heap.values()) if (!o.shared && !seen.has(o.id) && o.refcount > (inbound.get(o.id) ?? 0)) stack.push(o.id);
  walk();
  for (const o of heap.values()) if (o.tracked && !o.shared && !seen.has(o.id)) return true;
  return false;
}

/** The instrumented program: the prelude (probe function), then P with `_hs_p(); ` at each probe line. */
export function instrument(src, stmts, checks, firstEnd) {
  const calls = [];
  for (const { n, probes } of checks) {
    const args = probes.map((p) => (p.refcountUnknown ? `_hs_sys.getsizeof(${p.path})`
      : p.size === null ? `_hs_sys.getrefcount(${p.path})` : `_hs_sys.getrefcount(${p.path}), _hs_sys.getsizeof(${p.path})`));
    calls.push(`${calls.length ? 'elif' : 'if'} _hs_n == ${n}: print('\\n#hs#', ${[n, ...args].join(', ')})`);
  }
  const prelude = [
    'import sys as _hs_sys',
    '_hs_n = 0',
    'def _hs_p():',
    `    global _hs_n; _hs_n += 1\n${calls.map((c) => `    ${c}`).join('\n')}`,
  ];
  const body = src.split('\n');
  const at = new Map(stmts.map(([l, c]) => [l, c]));
  const out = body.map((line, i) => (at.has(i + 1) ? line.slice(0, at.get(i + 1)) + '_hs_p(); ' + line.slice(at.get(i + 1)) : line));
  const pre = prelude.join('\n').split('\n');
  return { source: [...out.slice(0, firstEnd), ...pre, ...out.slice(firstEnd)].join('\n') };
}

// Function-body statements that start their line, alone on it: { qualname, generator, lines: [[lineno, col]],
// declared: names declared global/nonlocal } per def, with CPython 3.11's ast (3.11's qualnames: Class.meth,
// outer.<locals>.inner, as heapsnake's frames name them).
const FN_AST_SCRIPT = AST_PRELUDE + String.raw`starts = {}
for n in ast.walk(tree):
    if isinstance(n, ast.stmt):
        starts[n.lineno] = starts.get(n.lineno, 0) + 1
COMPOUND = (ast.If, ast.For, ast.While, ast.Try, ast.With)
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
def own_nodes(fn):
    # the nodes of fn's own scope (not of nested defs, classes, lambdas; comprehensions are walked: a yield there is 3.11's error anyway)
    todo = list(fn.body)
    while todo:
        n = todo.pop()
        yield n
        if isinstance(n, SCOPES):
            continue
        todo.extend(ast.iter_child_nodes(n))
fns = []
def visit(body, prefix, in_fn):
    for s in body:
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)):
            q = prefix + s.name
            nodes = list(own_nodes(s))
            gen = isinstance(s, ast.AsyncFunctionDef) or any(isinstance(n, (ast.Yield, ast.YieldFrom, ast.Await)) for n in nodes)
            declared = sorted({x for n in nodes if isinstance(n, (ast.Global, ast.Nonlocal)) for x in n.names})
            out = []
            def walk(b, top):
                for i, t in enumerate(b):
                    if isinstance(t, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.AsyncFor, ast.AsyncWith, ast.Global, ast.Nonlocal)):
                        continue
                    if isinstance(t, COMPOUND) or type(t).__name__ in ("TryStar", "Match"):
                        for f in ("body", "orelse", "finalbody"):
                            walk(getattr(t, f, []) or [], False)
                        for h in getattr(t, "handlers", []) or []:
                            walk(h.body, False)
                        continue
                    # a docstring stays the function's first statement
                    if top and i == 0 and isinstance(t, ast.Expr) and isinstance(t.value, ast.Constant) and isinstance(t.value.value, str):
                        continue
                    line = lines[t.lineno - 1]
                    if len(line) - len(line.lstrip()) == t.col_offset and starts[t.lineno] == 1 and t.lineno > s.lineno:
                        out.append([t.lineno, t.col_offset])
            walk(s.body, True)
            fns.append({"qualname": q, "generator": gen, "lines": out, "declared": declared})
            visit(s.body, q + ".<locals>.", True)
        elif isinstance(s, ast.ClassDef):
            visit(s.body, prefix + s.name + ".", in_fn)
        else:
            for f in ("body", "orelse", "finalbody"):
                visit(getattr(s, f, []) or [], prefix, in_fn)
            for h in getattr(s, "handlers", []) or []:
                visit(h.body, prefix, in_fn)
first_end = tree.body[0].end_lineno if tree.body else 0
doc = bool(tree.body) and isinstance(tree.body[0], ast.Expr) and isinstance(tree.body[0].value, ast.Constant) and isinstance(tree.body[0].value.value, str)
future = any(isinstance(s, ast.ImportFrom) and s.module == "__future__" for s in tree.body)
visit(tree.body, "", False)
first_def = bool(tree.body) and isinstance(tree.body[0], (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
print(json.dumps({"fns": fns, "doc": doc, "future": future, "firstEnd": first_end, "firstDef": first_def}))
`;

function functionStatements(src) {
  const py = realPython311() ?? 'python3';
  const r = spawnSync(py, ['-c', FN_AST_SCRIPT], { input: src, encoding: 'utf8' });
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout.trim());
}

/**
 * The instrumented program for function steps: the prelude (counters, the probe `_hs_q`, an atexit callback that
 * prints each site's number of calls), then P with `_hs_q(SITE, local, ...); ` at each site's line.
 */
export function instrumentFunctions(src, sites, checks, firstEnd) {
  const calls = [];
  for (const { n, site, k, probes } of checks) {
    const args = probes.map((p) => (p.refcountUnknown ? `_hs_sys.getsizeof(${p.path})`
      : p.size === null ? `_hs_sys.getrefcount(${p.path})` : `_hs_sys.getrefcount(${p.path}), _hs_sys.getsizeof(${p.path})`));
    calls.push(`${calls.length ? 'elif' : 'if'} _hs_s == ${site} and _hs_k == ${k}: print('\\n#hs#', ${[n, ...args].join(', ')})`);
  }
  const prelude = [
    'import sys as _hs_sys, atexit as _hs_ae',
    `_hs_c = [0] * ${sites.length + 1}`,
    "_hs_ae.register(lambda: print('\\n#hs-c#', *_hs_c))",
    'def _hs_q(_hs_s, *_hs_a):',
    '    _hs_c[_hs_s] += 1; _hs_k = _hs_c[_hs_s]',
    ...calls.map((c) => `    ${c}`),
  ];
  const body = src.split('\n');
  const at = new Map(sites.map((s) => [s.line, s]));
  const out = body.map((line, i) => {
    const s = at.get(i + 1);
    return s ? line.slice(0, s.col) + `_hs_q(${[s.id, ...s.names].join(', ')}); ` + line.slice(s.col) : line;
  });
  return { source: [...out.slice(0, firstEnd), ...prelude, ...out.slice(firstEnd)].join('\n') };
}

/**
 * Probe the steps INSIDE functions of one program on one version (same result shape as probeStepPictures, plus
 * `skipped`: steps at probe lines not checked, and why). A site is a line of a function body holding one simple
 * statement (a generator's or coroutine's are not: a resumed frame's line events differ); the call inserted there
 * names the function's locals bound at every trace step of that line (`_hs_q(SITE, a, b)`), so nothing reads the
 * frame's f_locals (3.11's locals() fills a dict the frame keeps; 3.13+ makes a snapshot). The k-th call at a site
 * is the k-th trace step at that line whose innermost frame is that function; an atexit callback prints each
 * site's number of calls, and a site CPython ran another number of times than the trace has steps is not checked.
 *
 * What the call adds while `_hs_q` runs, on both versions: the tuple `_hs_a` holds one strong reference per
 * argument (Python/ceval.c: initialize_locals packs the extra positional arguments with _PyTuple_FromArraySteal;
 * 3.14 _PyTuple_FromStackRefStealOnSuccess makes a borrowed stack reference strong), and each getrefcount
 * argument one more (`_hs_a[i]`, `x[i]`, `x.attr` and LOAD_GLOBAL push a new strong reference). So an object
 * passed m times prints drawn + 1 + m. The caller's evaluation stack at the start of a line holds only what the
 * picture draws (loop iterators, a with block's exit): the arguments are consumed by the call.
 */
export function probeFunctionSteps(src, v, { simulate, cpython = runCPython, corrupt, maxSteps = 60, maxPerSite = 5 } = {}) {
  const res = { verdict: 'ok', steps: 0, checked: 0, ok: 0, refused: 0, diff: 0, skipped: {}, details: [] };
  const skipStep = (why, n = 1) => { res.skipped[why] = (res.skipped[why] ?? 0) + n; };
  const skip = (why) => ({ ...res, verdict: 'skip', details: [why] });
  if (/^\s*(def|class)\s+print\b|^\s*print\s*=|_hs_/m.test(src)) return skip('rebinds print');
  const info = functionStatements(src);
  if (!info) return skip('3.11 cannot parse it');
  if (info.doc || info.future) return skip(info.doc ? 'module docstring' : 'from __future__');
  if (!info.fns.some((f) => f.lines.length)) return skip('no function lines');
  let r0;
  try { r0 = simulate(src, { python: v, trace: true, timeoutMs: 20000 }); } catch (e) { return skip(`crash: ${e}`); }
  if (r0.notSupported || r0.limit) return skip('program refused by heapsnake');
  // the trace's steps per (function, line)
  const byKey = new Map();
  for (const s of r0.trace.steps) {
    if (s.kind !== 'line' || !s.frames.length) continue;
    const key = `${s.frames[0].name}:${s.line}`;
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key).push(s);
  }
  const sites = [];
  for (const fn of info.fns) {
    for (const [line, col] of fn.lines) {
      // (the prelude follows the first statement: a line inside it can call _hs_q only if that statement is a def or
      // class, whose bodies run later)
      if (line <= info.firstEnd && !info.firstDef) continue;
      const steps = byKey.get(`${fn.qualname}:${line}`) ?? [];
      if (fn.generator) { skipStep('generator or coroutine', steps.length); continue; }
      if (!steps.length || sites.length >= 250) continue;
      // the locals bound at every step of this line (an unbound one would raise)
      let names = null;
      for (const s of steps) {
        const here = new Set(s.frames[0].locals.map(([n]) => n));
        names = names ? names.filter((n) => here.has(n)) : [...here];
      }
      names = names.filter((n) => /^[A-Za-z_]\w*$/.test(n) && !n.startsWith('__') && !n.startsWith('_hs_') && !fn.declared.includes(n));
      sites.push({ id: sites.length + 1, line, col, qualname: fn.qualname, names, steps });
    }
  }
  if (!sites.length) return skip('no function step');
  const checks = [];
  const perSite = Math.max(1, Math.ceil(maxSteps / sites.length));
  for (const site of sites) {
    let taken = 0;
    for (let i = 0; i < site.steps.length; i++) {
      const s = site.steps[i];
      if (taken >= Math.min(perSite, maxPerSite) || checks.length >= maxSteps || i + 1 > 256) { skipStep('not sampled'); continue; }
      if (!s.heap) { skipStep('no snapshot'); continue; }
      if (hasGarbage(s)) { skipStep('garbage'); continue; }
      const heap = new Map();
      for (const o of s.heap) heap.set(o.id, o);
      const local = new Map(s.frames[0].locals);
      // a cell variable's local is its cell; the name reads the cell's contents
      const argIds = site.names.map((n) => { const id = local.get(n); const o = heap.get(id); return o?.type === 'cell' ? (o.refs[0]?.[1] ?? -1) : id; });
      const roots = argIds.map((id, j) => [`_hs_a[${j}]`, id]).filter(([, id]) => id !== -1);
      let { probes } = choosePaths(s, roots);
      // an object passed m times has m references more while _hs_q runs
      probes = probes.map((p) => { const m = argIds.filter((id) => id === p.id).length; return m ? { ...p, refcount: p.refcount + m, passed: m } : p; });
      if (corrupt) probes = corrupt(probes);
      if (!probes.length) { skipStep('nothing drawn to check'); continue; }
      taken++;
      checks.push({ n: checks.length + 1, site: site.id, k: i + 1, step: s, probes });
    }
  }
  if (!checks.length) return skip('no step to probe');
  const consts = new Set(checks.flatMap((c) => c.probes.flatMap((p) => p.consts)));
  for (const c of checks) c.probes = c.probes.filter((p) => !(['int', 'str', 'float'].includes(p.type) && consts.has(p.value)));
  const { source } = instrumentFunctions(src, sites, checks.filter((c) => c.probes.length), info.firstEnd);
  if (process.env.HS_DUMP) console.log(source);
  const parse = (out) => {
    const m = new Map();
    let counts = null;
    for (const l of out.split('\n')) {
      if (l.startsWith('#hs# ')) { const [n, ...xs] = l.slice(5).split(' '); m.set(Number(n), xs); }
      if (l.startsWith('#hs-c# ')) counts = l.slice(7).split(' ').map(Number);
    }
    return { m, counts };
  };
  const c = cpython(v, source);
  if (c.error) return { ...res, verdict: 'CPYERR', details: [c.error] };
  // the instrumented program must end as the program does (an unbound local named in a probe call would raise)
  const last = (x) => (x.stderr ?? '').trim().split('\n').pop().replace(/_hs_q\([^)]*\); /g, '');
  if (c.status !== 0 || /_hs_/.test(c.stderr ?? '')) {
    const c0 = cpython(v, src);
    if (c0.status !== c.status || last(c0) !== last(c)) return { ...res, verdict: 'CPYERR', details: [`the instrumented program fails: ${last(c)}`] };
  }
  const cpy = parse(c.stdout);
  if (!cpy.counts) return skip('no call counts from CPython (the program exits without atexit?)');
  let r;
  try { r = simulate(source, { python: v, timeoutMs: 20000 }); } catch (e) { return { ...res, verdict: 'DIFF', details: [`heapsnake crashed on the instrumented program: ${e}`] }; }
  const hs = parse(r.stdout);
  const stop = r.notSupported ?? r.limit;
  let refusedAll = false;
  for (const ch of checks) {
    if (!ch.probes.length) continue;
    const site = sites[ch.site - 1];
    if (cpy.counts[site.id] !== site.steps.length) { skipStep('site run another number of times by CPython'); res.details.push(`site line ${site.line} (${site.qualname}): CPython ran it ${cpy.counts[site.id]} times, the trace has ${site.steps.length} steps`); continue; }
    res.steps++;
    const a = cpy.m.get(ch.n), b = hs.m.get(ch.n);
    const where = `step ${ch.step.index} (${site.qualname} line ${site.line}, call ${ch.k})`;
    if (!a) { res.steps--; skipStep('CPython did not reach the probe'); continue; }
    if (!b || refusedAll) {
      if (stop) { res.refused += ch.probes.length; res.checked += ch.probes.length; if (!refusedAll) res.details.push(`refused at ${where}: ${stop}`); refusedAll = true; continue; }
      res.diff += ch.probes.length; res.checked += ch.probes.length; res.details.push(`DIFF ${where}: heapsnake did not reach the probe`); continue;
    }
    let k = 0;
    for (const p of ch.probes) {
      const w = p.refcountUnknown || p.size === null ? 1 : 2;
      judge(res, p, a.slice(k, k + w).join(' '), b.slice(k, k + w).join(' '), `${where} ${p.path}${p.passed ? ` (passed ${p.passed}×)` : ''} (${p.type})`);
      k += w;
    }
  }
  if (!res.steps && !res.diff) return { ...res, verdict: 'skip', details: ['no step checked', ...res.details] };
  res.verdict = res.diff ? 'DIFF' : res.refused ? 'refused' : 'ok';
  return res;
}

/** Probe one program on one version (same result shape as picture-probe.mjs: probeProgram). */
export function probeStepPictures(src, v, { simulate, cpython = runCPython, corrupt, maxSteps = 60 } = {}) {
  const res = { verdict: 'ok', steps: 0, checked: 0, ok: 0, refused: 0, diff: 0, details: [] };
  const skip = (why) => ({ ...res, verdict: 'skip', details: [why] });
  if (/^\s*(def|class)\s+print\b|^\s*print\s*=|_hs_/m.test(src)) return skip('rebinds print');
  const info = moduleStatements(src);
  if (!info) return skip('3.11 cannot parse it');
  if (info.doc || info.future) return skip(info.doc ? 'module docstring' : 'from __future__');
  let r0;
  try { r0 = simulate(src, { python: v, trace: true, timeoutMs: 20000 }); } catch (e) { return skip(`crash: ${e}`); }
  if (r0.notSupported || r0.limit) return skip('program refused by heapsnake');
  const lines = new Set(info.stmts.map(([l]) => l));
  const steps = stepsAtProbeLines(r0.trace, lines);
  const checks = [];
  for (let i = 0; i < steps.length && checks.length < maxSteps; i++) {
    const s = steps[i];
    if (!s.heap || hasGarbage(s)) continue;
    let { probes } = choosePaths(s);
    if (corrupt) probes = corrupt(probes);
    if (probes.length) checks.push({ n: i + 1, step: s, probes });
  }
  if (!checks.length) return skip('no step to probe');
  // constants of the probe function that a probed scalar could share (Python/compile.c merges equal constants)
  const consts = new Set(checks.flatMap((c) => c.probes.flatMap((p) => p.consts)));
  for (const c of checks) c.probes = c.probes.filter((p) => !(['int', 'str', 'float'].includes(p.type) && consts.has(p.value)));
  const { source } = instrument(src, info.stmts, checks.filter((c) => c.probes.length), info.firstEnd);
  const parse = (out) => {
    const m = new Map();
    for (const l of out.split('\n')) if (l.startsWith('#hs# ')) { const [n, ...xs] = l.slice(5).split(' '); m.set(Number(n), xs); }
    return m;
  };
  const c = cpython(v, source);
  if (c.error) return { ...res, verdict: 'CPYERR', details: [c.error] };
  const cpy = parse(c.stdout);
  let r;
  try { r = simulate(source, { python: v, timeoutMs: 20000 }); } catch (e) { return { ...res, verdict: 'DIFF', details: [`heapsnake crashed on the instrumented program: ${e}`] }; }
  const hs = parse(r.stdout);
  const stop = r.notSupported ?? r.limit;
  for (const ch of checks) {
    if (!ch.probes.length) continue;
    res.steps++;
    const a = cpy.get(ch.n), b = hs.get(ch.n);
    if (!a) { res.details.push(`step ${ch.step.index} (line ${ch.step.line}): CPython did not reach the probe`); res.verdict = 'skip'; continue; }
    if (!b) {
      if (stop) { res.refused += ch.probes.length; res.checked += ch.probes.length; res.details.push(`refused at step ${ch.step.index}: ${stop}`); break; }
      res.diff += ch.probes.length; res.checked += ch.probes.length; res.details.push(`DIFF step ${ch.step.index} (line ${ch.step.line}): heapsnake did not reach the probe`); continue;
    }
    let k = 0;
    for (const p of ch.probes) {
      const w = p.refcountUnknown || p.size === null ? 1 : 2;
      judge(res, p, a.slice(k, k + w).join(' '), b.slice(k, k + w).join(' '), `step ${ch.step.index} (line ${ch.step.line}) ${p.path} (${p.type})`);
      k += w;
    }
  }
  if (res.verdict !== 'skip') res.verdict = res.diff ? 'DIFF' : res.refused ? 'refused' : 'ok';
  else if (res.diff) res.verdict = 'DIFF';
  return res;
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const fns = process.argv.includes('--functions');
  if (fns) process.argv.splice(process.argv.indexOf('--functions'), 1);
  await probeMain(fns ? probeFunctionSteps : probeStepPictures);
}
