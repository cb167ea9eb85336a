// A topic page as text, with every number filled in from the simulator.
//
// Placeholders in the prose (replaced when the page is shown):
//   {{python}}          the CPython version the page is shown for ("3.14.10")
//   {{out:L}}           line L (1-based) of example 1's stdout
//   {{out:L.W}}         word W (1-based, split on spaces) of that line
//   {{outE:L[.W]}}      the same for example E
//   {{…|3.11}}          taken from the run on that version instead
// The numbers are therefore never typed: they are what the example prints.

import { ready, simulate, type RunResult } from '../core/simulate.js';
import { RULES, type PyVersion } from '../core/version.js';
import type { Topic } from './content.js';

export type Python = '3.14' | '3.11';
export const TOPIC_PYTHONS: readonly Python[] = ['3.14', '3.11'];

export { ready };

const runs = new Map<string, RunResult>();

/** Run one example (cached: content never changes while the process runs). */
export function runExample(code: string, python: Python): RunResult {
  const key = python + '\0' + code;
  let r = runs.get(key);
  if (!r) {
    r = simulate(code, { python: python as PyVersion, timeoutMs: 10_000 });
    runs.set(key, r);
  }
  return r;
}

export class PlaceholderError extends Error {}

export const PLACEHOLDER = /\{\{\s*(python|out(\d*):(\d+)(?:\.(\d+))?(?:\|(3\.1[14]))?)\s*\}\}/g;
/** Anything that looks like a placeholder, well-formed or not (to catch typos). */
export const ANY_PLACEHOLDER = /\{\{[^}]*\}\}/g;

/** The prose with every placeholder filled from the examples' real output on `python`. */
export function fillProse(t: Topic, python: Python): string {
  const filled = t.prose.replace(PLACEHOLDER, (_m, _all: string, ex: string | undefined, line: string | undefined, word: string | undefined, v: string | undefined) => {
    if (_all === 'python') return RULES[python as PyVersion].patch;
    const e = ex ? Number(ex) : 1;
    const code = t.examples[e - 1];
    if (code === undefined) throw new PlaceholderError(`${t.id}: ${_m} names example ${e}, there are ${t.examples.length}`);
    const r = runExample(code, (v as Python | undefined) ?? python);
    if (r.notSupported) throw new PlaceholderError(`${t.id}: example ${e}: ${r.notSupported}`);
    const lines = r.stdout.replace(/\n$/, '').split('\n');
    const l = lines[Number(line) - 1];
    if (l === undefined) throw new PlaceholderError(`${t.id}: ${_m}: example ${e} prints ${lines.length} lines`);
    if (!word) return l;
    const w = l.split(/\s+/)[Number(word) - 1];
    if (w === undefined) throw new PlaceholderError(`${t.id}: ${_m}: line ${line} has no word ${word}`);
    return w;
  });
  const left = filled.match(ANY_PLACEHOLDER);
  if (left) throw new PlaceholderError(`${t.id}: unknown placeholder ${left[0]}`);
  return filled;
}

export interface TopicPage {
  id: string;
  title: string;
  python: Python;
  pythonFull: string;
  /** The prose, filled. ≤ 1500 characters (checked by the tests). */
  text: string;
  /** Example 1 (the one drawn) and what it prints on `python`. */
  code: string;
  stdout: string;
  related: string[];
  summary: string;
}

export function topicPage(t: Topic, python: Python = '3.14'): TopicPage {
  const r = runExample(t.examples[0], python);
  return {
    id: t.id, title: t.title, python, pythonFull: RULES[python as PyVersion].patch,
    text: fillProse(t, python), code: t.examples[0], stdout: r.stdout, related: t.related, summary: t.summary,
  };
}

/** The page as plain text (the CLI): title, prose, every example with its output. */
export function pageText(t: Topic, python: Python = '3.14'): string {
  const p = topicPage(t, python);
  const out: string[] = [`${t.title} (${t.id})`, `Python ${p.pythonFull} · numbers for ${t.python}`, '', p.text, ''];
  t.examples.forEach((code, k) => {
    const r = runExample(code, python);
    out.push(t.examples.length > 1 ? `Example ${k + 1}:` : 'Example:', code.replace(/\n$/, '').split('\n').map((l) => '    ' + l).join('\n'), 'Output:');
    out.push(r.stdout.replace(/\n$/, '').split('\n').map((l) => '    ' + l).join('\n'));
    if (r.exception) out.push('    ' + r.exception);
    out.push('');
  });
  if (t.related.length) out.push(`Related: ${t.related.join(', ')}`);
  return out.join('\n') + '\n';
}

/** The index of the first step after line `line` of the module has run (for lessons and quizzes). */
export function stepAfterLine(steps: { line: number; kind: string; frames: { name: string }[] }[], line: number): number {
  let last = -1;
  steps.forEach((s, k) => { if (s.kind === 'line' && s.line === line && s.frames.length <= 1) last = k; });
  if (last < 0) {
    const end = steps.findIndex((s) => s.kind === 'end');
    return end >= 0 ? end : steps.length - 1;
  }
  return Math.min(last + 1, steps.length - 1);
}

/** The trace step that shows the state after `line` of `code` ran (simulated here, with the trace). */
export function stepForLine(code: string, python: Python, line: number): number {
  const r = simulate(code, { python: python as PyVersion, trace: true, timeoutMs: 10_000 });
  if (!r.trace) return 0;
  return stepAfterLine(r.trace.steps, line);
}
