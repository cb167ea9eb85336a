// The readable, line-by-line account of a run (`heapsnake trace`): for each
// executed line that changed memory, what was created, which reference counts
// moved, what was freed and why, and what the cycle collector did.

import type { RunResult } from './simulate.js';
import type { HeapEvent } from './heap.js';
import type { ObjSnap, Step } from './trace.js';

export function formatTraceText(r: RunResult): string {
  const t = r.trace;
  if (!t) return '';
  const out: string[] = [`heapsnake trace — simulated CPython ${t.python}`];
  const src = t.source.split('\n');
  const known = new Map<number, ObjSnap>();
  let prev: Step | null = null;
  for (const s of t.steps) {
    if (s.heap) for (const o of s.heap) known.set(o.id, o);
    const evs = t.events.slice(s.events[0], s.events[1]);
    const line = prev ? prev.line : s.line;
    const items: [number, string][] = [];
    const freedHere = new Set(evs.filter((e) => e.kind === 'free').map((e) => e.id));
    for (const e of evs) {
      const d = describe(e, known, freedHere);
      if (d) items.push([e.line || (s.kind === 'end' ? 0 : line), d]);
    }
    if (prev && prev.heap && s.heap) {
      const before = new Map(prev.heap.map((o) => [o.id, o]));
      for (const o of s.heap) {
        const p = before.get(o.id);
        if (p && p.refcount !== o.refcount && !o.shared) items.push([line, `${o.type}#${o.id} refcount ${p.refcount}→${o.refcount}`]);
      }
    }
    for (const [l, it] of items) {
      const text = l > 0 && src[l - 1] !== undefined ? `  (${src[l - 1].trim()})` : '';
      out.push(l > 0 ? `line ${l}: ${it}${text}` : `at exit: ${it}`);
    }
    if (s.kind === 'end') out.push(`— ${s.note}: ${s.liveObjects} objects alive${s.heap ? `, ${s.liveBytes} bytes` : ''}`);
    prev = s;
  }
  if (t.truncatedSnapshots) out.push(`— (reference counts are shown for the first steps only; later steps keep their events)`);
  if (r.stdout) { out.push('— output:'); out.push(r.stdout.replace(/\n$/, '')); }
  if (r.stderr) { out.push('— stderr:'); out.push(r.stderr.replace(/\n$/, '')); }
  return out.join('\n') + '\n';
}

function name(id: number, known: Map<number, ObjSnap>): string {
  const o = known.get(id);
  return o ? `${o.type}#${id}${o.shared ? '' : ` ${o.value}`}` : `#${id}`;
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
    case 'del': return `__del__ called on ${name(e.id, known)}`;
    case 'weakref-callback': return `weakref callback of weakref#${e.id} called`;
    case 'with-exit': return `with block ended: __exit__ of ${name(e.id, known)} called`;
    case 'gc': {
      if (e.trigger === 'exit' && !e.collected) return null;
      const what = e.ids.length ? `: ${e.ids.map((i) => name(i, known)).join(', ')}` : '';
      return `gc gen ${e.generation} (${e.trigger}) collected ${e.collected} object${e.collected === 1 ? '' : 's'}${what}${e.collected ? ` — ${e.why}` : ''}`;
    }
  }
}
