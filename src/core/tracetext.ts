// The readable, line-by-line account of a run (`heapsnake trace`).

import type { RunResult } from './simulate.js';
import type { HeapEvent } from './heap.js';
import type { ObjSnap, Step } from './trace.js';

export function formatTraceText(r: RunResult): string {
  const t = r.trace;
  if (!t) return '';
  const lines: string[] = [];
  lines.push(`heapsnake trace — simulated CPython ${t.python}`);
  const src = t.source.split('\n');
  // Object names: type#id, and the value at allocation when known.
  const known = new Map<number, ObjSnap>();
  let prev: Step | null = null;
  for (const s of t.steps) {
    if (s.heap) for (const o of s.heap) known.set(o.id, o);
    const evs = t.events.slice(s.events[0], s.events[1]);
    const refChanges = prev && prev.heap && s.heap ? diffRefcounts(prev.heap, s.heap) : [];
    const interesting = evs.filter((e) => e.kind !== 'alloc' || true);
    if (s.kind === 'line' && prev) {
      // the events between prev and s belong to prev's line
    }
    const at = prev ? prev.line : s.line;
    for (const e of interesting) lines.push(describe(e, known, src));
    for (const c of refChanges) lines.push(`line ${at}: ${c}`);
    if (s.kind === 'end') lines.push(`— ${s.note}: ${s.liveObjects} objects alive${s.heap ? `, ${s.liveBytes} bytes` : ''}`);
    prev = s;
  }
  if (r.stdout) { lines.push('— output:'); lines.push(r.stdout.replace(/\n$/, '')); }
  if (r.stderr) { lines.push('— stderr:'); lines.push(r.stderr.replace(/\n$/, '')); }
  return lines.join('\n') + '\n';
}

function name(id: number, known: Map<number, ObjSnap>): string {
  const o = known.get(id);
  return o ? `${o.type}#${id}${o.shared ? '' : ` ${o.value}`}` : `#${id}`;
}

function describe(e: HeapEvent, known: Map<number, ObjSnap>, src: string[]): string {
  switch (e.kind) {
    case 'alloc': return `line ${e.line}: allocated ${e.type}#${e.id}`;
    case 'free': {
      const why = e.reason === 'refcount' ? 'refcount reached 0' : e.reason === 'gc' ? 'found unreachable by the cycle collector' : 'interpreter exit';
      return `line ${e.line}: freed ${name(e.id, known)} (${why})${e.reason === 'refcount' && src[e.line - 1] ? ` — ${src[e.line - 1].trim()}` : ''}`;
    }
    case 'del': return `line ${e.line}: __del__ called on ${name(e.id, known)}`;
    case 'weakref-callback': return `line ${e.line}: weakref callback of weakref#${e.id} called`;
    case 'gc': return `line ${e.line}: gc gen ${e.generation} (${e.trigger}) collected ${e.collected} object${e.collected === 1 ? '' : 's'}${e.ids.length ? ': ' + e.ids.map((i) => name(i, known)).join(', ') : ''}${e.collected ? ` (${e.why})` : ''}`;
  }
}

function diffRefcounts(a: ObjSnap[], b: ObjSnap[]): string[] {
  const before = new Map(a.map((o) => [o.id, o]));
  const out: string[] = [];
  for (const o of b) {
    const p = before.get(o.id);
    if (p && p.refcount !== o.refcount && !o.shared) out.push(`${o.type}#${o.id} refcount ${p.refcount}→${o.refcount}`);
  }
  return out;
}
