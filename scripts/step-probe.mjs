#!/usr/bin/env node
// Step probe: are the numbers drawn on EVERY module-level step CPython's, not only the end picture's?
//
//   node scripts/step-probe.mjs FILE|DIR ... [--only 3.14|3.11] [--quiet]
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
// Which steps are checked: the innermost frame is the module's (a call's frames are not probed:
// 3.11's tracing-free probe would still have to read a function's locals, and reading f_locals makes
// a dict that holds them), a snapshot exists, and no tracked object is unreachable from the frames
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
const AST_SCRIPT = String.raw`
import ast, json, sys
src = sys.stdin.read()
try:
    tree = ast.parse(src)
except SyntaxError:
    print("null"); sys.exit(0)
lines = src.split("\n")
out = []
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

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) await probeMain(probeStepPictures);
