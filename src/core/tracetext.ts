// The readable, line-by-line account of a run (`heapsnake trace`): for each
// executed line that changed memory, what was created, which reference counts
// moved, what was freed and why, and what the cycle collector did.

import type { RunResult } from './simulate.js';
import type { HeapEvent } from './heap.js';
import type { ObjSnap, Step, Trace } from './trace.js';
import type { ExplainEvent } from './explain.js';
import type { VersionEvent } from './versionnote.js';

export function formatTraceText(r: RunResult, other: RunResult | null = null): string {
  const t = r.trace;
  if (!t) return '';
  const out: string[] = [`heapsnake trace — simulated CPython ${t.python}`];
  const cmp = other && other.trace ? compareExplanations(t, other.trace) : null;
  if (cmp && other) {
    out.push(`(compared with CPython ${other.trace!.python}: introspection results that differ are shown for both)`);
    // the other run stopped early: its later calls have nothing to be compared with
    const stop = other.notSupported ?? other.limit;
    if (stop) out.push(`(on ${cmp.otherVersion} heapsnake stopped: ${stop.replace(/\n[\s\S]*$/, '').replace(/^(.*?\(line \d+\)).*$/, '$1')})`);
  }
  const src = t.source.split('\n');
  const known = new Map<number, ObjSnap>();
  let prev: Step | null = null;
  const cited = new Set<string>();
  const versionShown = new Set<string>();
  const otherVersion = other?.trace ? other.trace.python.split('.').slice(0, 2).join('.') : RULE_OTHER[t.python.split('.').slice(0, 2).join('.')];
  for (const s of t.steps) {
    if (s.heap) for (const o of s.heap) known.set(o.id, o);
    const evs = t.events.slice(s.events[0], s.events[1]);
    const line = prev ? prev.line : s.line;
    const items: [number, string][] = [];
    const freedHere = new Set(evs.filter((e) => e.kind === 'free').map((e) => e.id));
    const seen = new Map<string, number>();
    for (const e of evs) {
      if (e.kind === 'explain') {
        const k = `${e.line}:${e.call}`;
        const nth = seen.get(k) ?? 0;
        seen.set(k, nth + 1);
        const lines = explainLines(e, callText(src[e.line - 1], e, nth), cmp, t.python, cited);
        for (const l of lines) items.push([-e.line, l]);
        continue;
      }
      if (e.kind === 'version') {
        const lines = versionLines(e, t.python, otherVersion);
        const key = `${e.line}:${lines.join('\n')}`;
        if (versionShown.has(key)) continue;
        versionShown.add(key);
        // (printed as they are: -0.5 marks lines that carry their own prefix)
        for (const [i, l] of lines.entries()) items.push([-0.5, i ? l : `${e.line ? `line ${e.line}` : 'at exit'}: ${l}`]);
        continue;
      }
      const d = describe(e, known, freedHere);
      // (events before the first line runs: the compiler made the code objects' constants)
      if (d) items.push([e.line || (s.kind === 'end' ? 0 : prev ? line : COMPILE), d]);
    }
    if (prev && prev.heap && s.heap) {
      const before = new Map(prev.heap.map((o) => [o.id, o]));
      for (const o of s.heap) {
        const p = before.get(o.id);
        if (p && p.refcount !== o.refcount && !o.shared) items.push([line, `${o.type}#${o.id} refcount ${p.refcount}→${o.refcount}`]);
      }
    }
    for (const [l, it] of items) {
      if (l === COMPILE) { out.push(`compiling: ${it}`); continue; }
      if (l < 0) { out.push(it.startsWith(' ') || l === -0.5 ? it : `line ${-l}: ${it}`); continue; }
      const text = l > 0 && src[l - 1] !== undefined ? `  (${src[l - 1].trim()})` : '';
      out.push(l > 0 ? `line ${l}: ${it}${text}` : `at exit: ${it}`);
    }
    if (s.kind === 'end') out.push(`— ${s.note}: ${s.liveObjects} objects alive${s.heap ? `, ${s.liveBytes} bytes` : ''}`);
    prev = s;
  }
  if (cmp) for (const l of cmp.unmatched()) out.push(l);
  // the other version's notes at lines where this version has none (it did something this one does not)
  if (other?.trace) {
    const mine = new Set(t.events.filter((e): e is VersionEvent => e.kind === 'version').map((e) => `${e.line}:${e.rule}`));
    const shown = new Set<string>();
    for (const e of other.trace.events) {
      if (e.kind !== 'version' || mine.has(`${e.line}:${e.rule}`)) continue;
      const lines = versionLines(e, other.trace.python, t.python.split('.').slice(0, 2).join('.'));
      const key = `${e.line}:${lines.join('\n')}`;
      if (shown.has(key)) continue;
      shown.add(key);
      out.push(`${e.line ? `line ${e.line}` : 'at exit'} (on ${otherVersion} only): ${lines[0]}`, ...lines.slice(1));
    }
  }
  if (t.truncatedSnapshots) out.push(`— (reference counts are shown for the first steps only; later steps keep their events)`);
  if (r.stdout) { out.push('— output:'); out.push(r.stdout.replace(/\n$/, '')); }
  if (r.stderr) { out.push('— stderr:'); out.push(r.stderr.replace(/\n$/, '')); }
  return out.join('\n') + '\n';
}

/** The place of an event before the module's first line runs. */
const COMPILE = -Infinity;

function name(id: number, known: Map<number, ObjSnap>): string {
  const o = known.get(id);
  if (!o) return `#${id}`;
  // (a generator's state in the snapshot is that of another moment: "freed … running" misled)
  const value = o.type === 'generator' || o.type === 'coroutine' ? o.value.replace(/\) (running \(.*\)|suspended|not started|finished)$/, ')') : o.value;
  return `${o.type}#${id}${o.shared ? '' : ` ${value}`}`;
}

function describe(e: HeapEvent, known: Map<number, ObjSnap>, freedHere: Set<number>): string | null {
  switch (e.kind) {
    case 'alloc':
      // temporaries that die on the same line are reported by their free
      if (freedHere.has(e.id)) return null;
      return `new ${name(e.id, known).replace(/^#/, `${e.type}#`)}`;
    case 'free': {
      const why = e.reason === 'refcount' ? `refcount reached 0${e.cause ? `: ${e.cause}` : ''}` : e.reason === 'gc' ? 'unreachable: collected by the cycle collector' : `interpreter exit${e.cause && e.cause !== 'interpreter exit' ? `: ${e.cause}` : ''}`;
      return `freed ${name(e.id, known).replace(/^#/, `${e.type}#`)} (${why})`;
    }
    case 'del': {
      // (a generator has no __del__: its tp_finalize, Objects/genobject.c _PyGen_Finalize, closes it if suspended)
      const t = known.get(e.id)?.type;
      return t === 'generator' || t === 'coroutine' ? `finalizer (_PyGen_Finalize) called on ${name(e.id, known)}` : `__del__ called on ${name(e.id, known)}`;
    }
    case 'weakref-callback': return `weakref callback of weakref#${e.id} called`;
    case 'with-exit': return `with block ended: __exit__ of ${name(e.id, known)} called`;
    case 'explain': return null;
    case 'version': return null;
    case 'gc': {
      if (e.trigger === 'exit' && !e.collected) return null;
      const what = e.ids.length ? `: ${e.ids.map((i) => name(i, known)).join(', ')}` : '';
      // (an automatic collection is placed by heapsnake's count; CPython's also counts its own objects: gc.ts)
      const near = e.trigger === 'automatic' ? " [placed by heapsnake's count: CPython's own automatic collections run at other points, its count includes its own objects]" : '';
      return `gc gen ${e.generation} (${e.trigger}) collected ${e.collected} object${e.collected === 1 ? '' : 's'}${what}${e.collected ? ` — ${e.why}` : ''}${near}`;
    }
  }
}

// ---------------------------------------------------------------- version rules (versionnote.ts)

const RULE_OTHER: Record<string, string> = { '3.14': '3.11', '3.11': '3.14' };

/** A version rule that changed what is printed: the rule, what each version does, the CPython source it models. */
export function versionLines(e: VersionEvent, python: string, otherVersion: string): string[] {
  const v = python.split('.').slice(0, 2).join('.');
  return [`versions differ (${e.rule}):`, `    ${v}: ${e.here}`, `    ${otherVersion}: ${e.other}`, ...(e.cite ? [`    CPython: ${e.cite}`] : [])];
}

// ---------------------------------------------------------------- explanations (explain.ts)

const CALL_NAME: Record<ExplainEvent['call'], string> = {
  'sys.getrefcount': 'getrefcount', 'sys.getsizeof': 'getsizeof', 'gc.collect': 'collect', 'gc.is_tracked': 'is_tracked', 'is': 'is',
};
/** An operand of `is` as written: a name (with attributes, calls, subscripts) or a literal, starting at a token boundary. */
const OPERAND = String.raw`(?:(?<![\w.'")\]])[A-Za-z_][\w.]*(?:\([^()]*\)|\[[^\[\]]*\])*(?![\w.(\[])|(?<![\w.)\]])(?:'[^']*'|"[^"]*"|-?\d+)(?![\w.(\[]))`;

/** The call as written on its line (the nth call of that function there), else `sys.getrefcount(list#7)`. */
export function callText(src: string | undefined, e: ExplainEvent, nth: number): string {
  const fallback = `${e.call}(${e.id !== null ? `${e.type}#${e.id}` : ''})`;
  if (!src) return fallback;
  if (e.call === 'is') {
    // the `is` operators outside string literals, each with its operands when they are simple
    const all: (string | null)[] = [];
    let quote = '';
    for (let i = 0; i < src.length; i++) {
      const c = src[i];
      if (quote) { if (c === '\\') i++; else if (c === quote) quote = ''; continue; }
      if (c === '"' || c === "'") { quote = c; continue; }
      if (c === '#') break;
      if (!/^is\b/.test(src.slice(i, i + 3)) || /[\w.]/.test(src[i - 1] ?? '')) continue;
      // an operand is whole only where no operator binds it tighter than `is` ("%d" % 5 is "5")
      const left = new RegExp(`(?:^|[(,=\\[{:]|\\b(?:and|or|not|if|elif|while|return|assert))\\s*(${OPERAND})\\s+$`).exec(src.slice(0, i));
      const right = new RegExp(`^is(\\s+not)?\\s+(${OPERAND})\\s*(?:$|[),\\]}:#]|(?:and|or|if|else|for)\\b)`).exec(src.slice(i));
      all.push(left && right ? `${left[1]} is${right[1] ? ' not' : ''} ${right[2]}` : null);
      i += 1;
    }
    const text = all.length === 1 ? all[0] : all[nth];
    const [x, y] = e.operands ?? ['?', '?'];
    return text && text.length <= 50 ? text : `${x} is ${y}`;
  }
  const re = new RegExp(`(?:\\b[A-Za-z_][\\w]*\\.)?\\b${CALL_NAME[e.call]}\\s*\\(`, 'g');
  const starts: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) starts.push(m.index);
  const at = starts.length === 1 ? starts[0] : starts[nth];
  if (at === undefined) return fallback;
  let depth = 0;
  for (let i = src.indexOf('(', at); i < src.length; i++) {
    if (src[i] === '(') depth++;
    else if (src[i] === ')' && --depth === 0) {
      const text = src.slice(at, i + 1);
      return text.length > 50 ? fallback : text;
    }
  }
  return fallback;
}

/** "name 'a' (module) + list#7[0] + ×3 list#9[…]": the parts, repeated holders grouped, at most 6 shown. */
function sumText(parts: [string, number][], unit: 'ref' | 'byte' | 'obj'): string {
  if (unit === 'byte') {
    return parts.map(([w, n]) => { const what = stripCite(w); return what.includes('×') ? what : `${n} ${what}`; }).join(' + ');
  }
  const shown = parts.map(([w, n]) => (unit === 'obj' ? `${n > 1 ? `${n} ` : ''}${w.replace(/^[\w.]+#\d+: /, '')}` : w));
  const groups = new Map<string, number>();
  for (const w of shown) { const k = w.replace(/\[\d+\]$/, '[…]'); groups.set(k, (groups.get(k) ?? 0) + 1); }
  const items: string[] = [];
  for (const [w, n] of groups) {
    const all = shown.filter((x) => x.replace(/\[\d+\]$/, '[…]') === w);
    if (n > 2) items.push(`${n} × ${w}`); else items.push(...all);
  }
  const sep = unit === 'obj' ? ', ' : ' + ';
  return items.length > 6 ? `${items.slice(0, 5).join(sep)}${sep}${items.length - 5} more` : items.join(sep);
}

const CITE = /\s*\(((?:Objects|Python|Include|Modules)\/[^)]*)\)/;
function stripCite(w: string): string { return w.replace(CITE, ''); }

/** 3.14's borrowed references to the object: they exist, but the count leaves them out. */
function notCounted(e: ExplainEvent): string {
  return e.uncounted?.length ? ` (borrowed, not counted: ${e.uncounted.join('; ')})` : '';
}

/** "→ 3 = …", the value and why, in one line (no version). */
export function explainValue(e: ExplainEvent): string {
  if (e.note && !e.parts.length) return `${e.value}: ${e.note}`;
  if (e.call === 'sys.getrefcount') {
    const nc = notCounted(e);
    if (!e.exact) {
      // references held by the interpreter's own code while it calls back into Python (a builtin's
      // locals) are counted but not all named: say how many, never whose
      const missing = Number(e.value) - e.parts.length;
      if (missing > 0) return `${e.value} = ${e.parts.length ? `${sumText(e.parts, 'ref')} + ` : ''}${missing} reference${missing > 1 ? 's' : ''} heapsnake does not name${nc}`;
      return `${e.value} (heapsnake's holders do not add up here: it finds ${sumText(e.parts, 'ref')})${nc}`;
    }
    return `${e.value} = ${sumText(e.parts, 'ref')}${nc}`;
  }
  if (e.call === 'sys.getsizeof') {
    if (!e.exact) return `${e.value} bytes (no breakdown for a ${e.type})`;
    return e.parts.length === 1 ? `${e.value}: ${stripCite(e.parts[0][0])}` : `${e.value} = ${sumText(e.parts, 'byte')}`;
  }
  if (e.call === 'gc.collect') {
    if (!e.parts.length) return e.exact ? `${e.value}: nothing unreachable` : e.value;
    const text = sumText(e.parts, 'obj');
    return e.exact ? `${e.value} unreachable: ${text}` : `${e.value} (among them: ${text})`;
  }
  return e.value;
}

/**
 * The other version's reference count told against this one's: "4 = the same + getrefcount's argument"
 * when one list of holders contains the other (object ids differ between the two runs, so holders are
 * compared without them); otherwise explained in full.
 */
export function relativeValue(o: ExplainEvent, mine: ExplainEvent): string {
  if (o.call === 'sys.getsizeof' && o.exact && mine.exact) {
    // the same parts with other sizes: "60 = the same, but 48 str header (not 40)"
    const a = o.parts.map(([w]) => stripCite(w)), b = mine.parts.map(([w]) => stripCite(w));
    if (a.length === b.length && a.every((w, i) => w === b[i])) {
      const diff = o.parts.map(([w, n], i) => [stripCite(w), n, mine.parts[i][1]] as const).filter(([, n, m]) => n !== m);
      if (diff.length && diff.length < a.length) return `${o.value} = the same, but ${diff.map(([w, n, m]) => `${n} ${w} (not ${m})`).join(', ')}`;
    }
    return explainValue(o);
  }
  if ((o.call !== 'sys.getrefcount' && o.call !== 'gc.collect') || !o.exact || !mine.exact || !mine.parts.length) return explainValue(o);
  const unit = o.call === 'gc.collect' ? 'obj' : 'ref';
  if (o.parts.some(([, n]) => n !== 1) || mine.parts.some(([, n]) => n !== 1)) return explainValue(o);
  const norm = (l: string) => l.replace(/#\d+/g, '#');
  const take = (from: string[], what: string[]): string[] | null => {
    const left = from.slice();
    for (const w of what) { const i = left.findIndex((x) => norm(x) === norm(w)); if (i < 0) return null; left.splice(i, 1); }
    return left;
  };
  const ours = mine.parts.map(([l]) => l), theirs = o.parts.map(([l]) => l);
  const nc = notCounted(o);
  const extra = take(theirs, ours);
  const same = unit === 'obj' ? 'the same objects' : 'the same';
  if (extra && extra.length) return `${o.value} = ${same} + ${sumText(extra.map((l) => [l, 1]), unit)}${nc}`;
  const fewer = take(ours, theirs);
  if (fewer && fewer.length) return `${o.value} = ${same} without ${sumText(fewer.map((l) => [l, 1]), unit)}${nc}`;
  return explainValue(o);
}

/** The explanation's lines; the CPython sources a size comes from are cited once per line of the program. */
function explainLines(e: ExplainEvent, call: string, cmp: Comparison | null, python: string, cited: Set<string>): string[] {
  const cites = e.call === 'sys.getsizeof' && e.exact ? [...new Set(e.parts.map(([w]) => CITE.exec(w)?.[1]).filter((x): x is string => !!x))] : [];
  const key = `${e.line}:${cites.join(';')}`;
  const citeLine = cites.length && !cited.has(key) ? [`    CPython: ${cites.join('; ')}`] : [];
  cited.add(key);
  const pair = cmp ? cmp.pairOf(e) : undefined;
  if (pair && pair.value !== e.value) {
    return [`${call} differs:`, `    ${python.split('.').slice(0, 2).join('.')}: ${explainValue(e)}`,
      `    ${cmp!.otherVersion}: ${relativeValue(pair, e)}`, ...citeLine];
  }
  return [`${call} → ${explainValue(e)}`, ...citeLine];
}

interface Comparison { otherVersion: string; pairOf(e: ExplainEvent): ExplainEvent | undefined; unmatched(): string[] }

/** Pairs each explanation with the other run's: the same call at the same line, in order of occurrence. */
export function compareExplanations(t: Trace, o: Trace): Comparison {
  const byLine = (tr: Trace) => {
    const m = new Map<string, ExplainEvent[]>();
    for (const e of tr.events) if (e.kind === 'explain') { const k = `${e.line}:${e.call}`; (m.get(k) ?? m.set(k, []).get(k)!).push(e); }
    return m;
  };
  const mine = byLine(t), theirs = byLine(o);
  const pairs = new Map<ExplainEvent, ExplainEvent>();
  for (const [k, es] of mine) { const os = theirs.get(k) ?? []; es.forEach((e, i) => { if (os[i]) pairs.set(e, os[i]); }); }
  const otherVersion = o.python.split('.').slice(0, 2).join('.');
  return {
    otherVersion,
    pairOf: (e) => pairs.get(e),
    unmatched: () => {
      const out: string[] = [];
      for (const [k, os] of theirs) {
        const n = (mine.get(k) ?? []).length;
        if (os.length > n) out.push(`— ${otherVersion} also ran ${k.split(':')[1]}() ${os.length - n} more time${os.length - n > 1 ? 's' : ''} at line ${k.split(':')[0]}`);
      }
      return out;
    },
  };
}
