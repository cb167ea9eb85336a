// An accessible text description of the same picture: the step, the frames and
// their names, the objects with their references, what was freed and why, the
// collector. Used as the image's alt text (Discord allows 1024 characters for an
// attachment description; `altText` keeps to `max`).

import type { ObjSnap } from '../core/trace.js';
import { clip, isCachedValue, type RunModel } from './model.js';
import { displayName, freedName } from './layout.js';

function fmtBytes(n: number): string {
  return n < 10_000 ? `${n} byte${n === 1 ? '' : 's'}` : `${(n / 1024).toFixed(1)} KB`;
}

function valueOf(model: RunModel, heap: Map<number, ObjSnap> | null, id: number): string {
  const o = heap?.get(id);
  if (!o) return model.meta.has(id) ? displayName(model, id) : 'a shared or built-in object (not drawn)';
  if (isCachedValue(o)) return o.sharedKind === 'interned' ? `${o.value} (interned ${o.type}, count not modelled)` : `${o.value} (${model.version === '3.14' ? 'immortal' : 'cached'} ${o.type})`;
  return `${displayName(model, id)}`;
}

export function describeStep(model: RunModel, stepIndex: number, max = Infinity): string {
  const sm = model.steps[Math.max(0, Math.min(model.steps.length - 1, stepIndex))];
  const heap = sm.heap;
  const out: string[] = [];
  const where = sm.kind === 'end' ? (sm.note ?? 'end') : `line ${sm.line}: ${clip((model.sourceLines[sm.line - 1] ?? '').trim(), 60)}`;
  out.push(`Heap picture, CPython ${model.trace.python}, step ${sm.index + 1} of ${model.steps.length}, ${where}.`);
  const t = model.trace.steps[sm.index];
  // (as the strip says it: how many of them the picture draws, when it leaves some out — liveHeapText)
  const drawn = heap ? sm.objects.length : t.liveObjects;
  out.push(`Live heap: ${t.liveObjects} object${t.liveObjects === 1 ? '' : 's'}, ${fmtBytes(t.liveBytes)}${drawn < t.liveObjects ? `; ${drawn === 0 ? 'none' : drawn} of them drawn` : ''}.`);
  if (sm.frames.length) {
    const fr = sm.frames.map((f) => {
      const names = f.locals.map(([n, id]) => `${n} → ${valueOf(model, heap, id)}${f.borrowed?.includes(n) ? ' (borrowed, not counted)' : ''}`).join(', ');
      return `${f.name === '<module>' ? 'module globals' : `frame ${f.name}()`} at line ${f.line}${names ? `: ${names}` : ' (no names)'}`;
    });
    out.push(`Call stack, innermost first: ${fr.join('; ')}.`);
  } else out.push('No frames.');
  if (heap) {
    const objs = sm.objects.map((id) => {
      const o = heap.get(id)!;
      const rows = (sm.rows.get(id) ?? []).filter((r) => r.target !== null || r.more);
      const refs = rows.map((r) => (r.more ? r.more : `${r.label}${r.weak ? ' (weak)' : ''} → ${r.inline !== undefined && heap?.get(r.target!)?.type === 'function' ? `function ${r.inline}` : valueOf(model, heap, r.target!)}`));
      const un0 = sm.undrawn.get(id);
      const bits = [o.refcountUnknown ? `refcount unknown (${o.refcountUnknown})` : `refcount ${o.refcount}${un0 ? ` (${un0} not drawn: code constants, class attributes or the interpreter)` : ''}`];
      if (o.size !== null) bits.push(`${o.size} bytes`);
      if (o.tracked && o.generation !== null) bits.push(o.generationUnsure ? `gc generation ${o.generation} or older (CPython may have collected by now)` : `gc generation ${o.generation}`);
      if (o.finalized === 'running') bits.push('its __del__ is running (it is being freed)');
      if (o.finalized === 'ran') bits.push('its __del__ has run: PEP 442 runs it only once');
      const un = sm.unreachable.has(id) ? ', UNREACHABLE from any name' : '';
      // (a weakref's short value names its referent by the simulator's id; the row below names it as drawn)
      const v = /weakref|ReferenceType/.test(o.type) ? (o.value.startsWith('dead') ? ' dead weak reference (its object was freed)' : ' weak reference')
        // (a generator's state is said in full, as its box now says it: 'running (its frame is on the…' was cut)
        : o.value && o.value !== `${o.type} object` ? ` ${o.type === 'generator' || o.type === 'coroutine' ? o.value : clip(o.value, 40)}` : '';
      return `${displayName(model, id)}${v} (${bits.join(', ')}${un})${refs.length ? `: ${refs.join(', ')}` : ''}`;
    });
    if (objs.length) out.push(`Objects: ${objs.join('; ')}.`);
    // (the live heap may still hold some the picture does not draw: a class's methods — "2 objects; none of them drawn")
    else out.push(t.liveObjects ? 'No objects of the program drawn.' : 'No objects of the program on the heap.');
    // (a class's data attributes are drawn as its rows: the shared class attribute lesson)
    const classes = sm.shared.filter((id) => (sm.rows.get(id) ?? []).some((r) => r.target !== null));
    for (const id of classes) {
      const rows = (sm.rows.get(id) ?? []).filter((r) => r.target !== null);
      out.push(`${heap.get(id)!.value}: ${rows.map((r) => `${r.label} → ${valueOf(model, heap, r.target!)}`).join(', ')}.`);
    }
    const shared = sm.shared.map((id) => heap.get(id)).filter((o): o is ObjSnap => !!o && isCachedValue(o));
    if (shared.length) out.push(`${model.version === '3.14' ? 'Immortal' : 'Cached'} shared objects drawn once: ${shared.map((o) => o.value).join(', ')}.`);
    if (sm.hidden) out.push(`${sm.hidden} more object${sm.hidden === 1 ? ' is' : 's are'} summarised ("+N more").`);
  } else out.push('No heap snapshot for this step.');
  for (const n of sm.notes) out.push(`${n}.`);
  for (const f of sm.freedHere) out.push(`Freed now: ${freedName(model, f.id)}, ${f.text}.`);
  const earlier = model.freed.filter((f) => f.step < sm.index);
  if (earlier.length) out.push(`Freed earlier: ${earlier.slice(-5).map((f) => `${freedName(model, f.id)} (${f.text})`).join('; ')}${earlier.length > 5 ? `; and ${earlier.length - 5} more` : ''}.`);
  const gcs = model.gcRuns.filter((g) => g.step <= sm.index);
  if (gcs.length) {
    const g = gcs[gcs.length - 1].ev;
    // (the collections at interpreter exit have no line: 'line 0' named none)
    out.push(`Garbage collector: ${gcs.length} run${gcs.length === 1 ? '' : 's'} so far; last ${g.line ? `at line ${g.line} (${g.trigger}, generation ${g.generation})` : `at interpreter exit (generation ${g.generation})`} freed ${g.collected}${g.why ? `: ${g.why}` : ''}.`);
  }
  let s = out.join(' ');
  if (s.length > max) s = s.slice(0, max - 1) + '…';
  return s;
}
