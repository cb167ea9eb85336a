// Quiz questions from templates. Each template has a finite set of variants
// (so every variant is also a corpus program checked against real CPython),
// and the answer is always what the simulator prints: never typed.
//
//   refcount  "What does sys.getrefcount(a) print here?"
//   collect   "What does print(gc.collect()) print?"
//   alive     "Which objects are still alive after line N?" (the program
//             records frees in a list and prints it after line N)

import { runExample, type Python } from './page.js';
import { rng } from '../app/rng.js';

export type QuizKind = 'refcount' | 'collect' | 'alive';
export const QUIZ_KINDS: readonly QuizKind[] = ['refcount', 'collect', 'alive'];
export const VARIANTS = 8;

/** Which topics each template practises (for /quiz topic:<name>). */
export const QUIZ_TOPICS: Record<QuizKind, string[]> = {
  refcount: ['refcount', 'getrefcount', 'names-objects', 'aliasing', 'del-names', 'frames-locals'],
  collect: ['gc-collect', 'reference-cycles', 'gc-generations', 'myths', 'finalization'],
  alive: ['del-names', 'names-objects', 'refcount', 'reference-cycles', 'finalization', 'weakrefs'],
};

export interface Question {
  kind: QuizKind;
  variant: number;
  python: Python;
  /** The snippet shown to the learner. */
  code: string;
  /** The program the simulator runs to compute the answer (the snippet plus a probe where needed). */
  program: string;
  question: string;
  /** The line whose end state the answer describes (the picture shows it). */
  line: number;
  choices: string[];
  /** Index into choices of the simulator's answer. */
  answer: number;
}

export class QuizError extends Error {}


// ---------------------------------------------------------------- programs

function refcountProgram(v: number): { code: string; question: string } {
  const holders = [
    ['b = a'], ['b = a', 'c = a'], ['box = [a]'], ['box = [a, a]'], ['d = {"k": a}'], ['b = a', 'box = [a]', 'del b'],
    ['t = (a, a)', 'b = a'], ['b = a', 'b = None'],
  ][v % 8];
  const inFunction = v % 2 === 1;
  const body = ['a = []', ...holders, 'print(sys.getrefcount(a))'];
  const code = inFunction
    ? ['import sys', 'def f():', ...body.map((l) => '    ' + l), 'f()'].join('\n') + '\n'
    : ['import sys', ...body].join('\n') + '\n';
  return { code, question: `What does \`sys.getrefcount(a)\` print${inFunction ? ' (inside the function)' : ''}?` };
}

function collectProgram(v: number): { code: string; question: string } {
  const pairs = 1 + (v % 3);
  const keep = v % 4 === 3 ? 1 : 0;
  const self = v >= 4;
  const lines = ['import gc', 'class Node:', '    pass', 'gc.collect()', 'kept = []', `for i in range(${pairs}):`, '    a = Node()'];
  if (self) lines.push('    a.me = a');
  else lines.push('    b = Node()', '    a.peer = b', '    b.peer = a');
  if (keep) lines.push('    if i == 0:', '        kept.append(a)');
  lines.push(self ? 'del a' : 'del a, b', 'print(gc.collect())');
  return { code: lines.join('\n') + '\n', question: 'What does the last line, `print(gc.collect())`, print?' };
}

const ALIVE_OPS: string[][] = [
  ['b = a', 'del a'],
  ['a.friend = c', 'del c'],
  ['lst = [a, b]', 'del a', 'lst.pop()'],
  ['b.peer = c', 'c.peer = b', 'del b, c'],
  ['a = None', 'c = b'],
  ['d = {"x": c}', 'del c', 'd.clear()'],
  ['a.me = a', 'del a', 'b = c'],
  ['lst = [a]', 'a = b', 'del b'],
];

function aliveProgram(v: number): { code: string; question: string; line: number } {
  const lines = [
    'freed = []', 'class Obj:', '    def __init__(self, name):', '        self.name = name', '    def __del__(self):', '        freed.append(self.name)',
    'a = Obj("a")', 'b = Obj("b")', 'c = Obj("c")', ...ALIVE_OPS[v % ALIVE_OPS.length],
  ];
  return { code: lines.join('\n') + '\n', question: `Which of the objects named "a", "b", "c" are still alive after line ${lines.length}?`, line: lines.length };
}

/** The program run for the answer: the snippet, then (for `alive`) a marker line. */
export function questionProgram(kind: QuizKind, variant: number): { code: string; program: string; question: string; line: number } {
  if (!Number.isInteger(variant) || variant < 0 || variant >= VARIANTS) throw new QuizError(`variant ${variant} out of range`);
  if (kind === 'refcount') { const p = refcountProgram(variant); return { ...p, program: p.code, line: p.code.split('\n').length - 2 }; }
  if (kind === 'collect') { const p = collectProgram(variant); return { ...p, program: p.code, line: p.code.split('\n').length - 1 }; }
  const p = aliveProgram(variant);
  // (" ".join allocates no tracked object: the marker line gives CPython no point to collect at before it prints;
  // the gc.collect() after it finalizes the garbage while it is still certain, not at exit, where the order of
  // finalizers linked on either side of a point where CPython may have collected is refused)
  return { ...p, program: 'import gc\n' + p.code + 'print("freed:", " ".join(freed))\ngc.collect()\n' };
}

// ---------------------------------------------------------------- answers

/** What the simulator says the answer is, as the text of the right choice. */
export function simulatedAnswer(kind: QuizKind, variant: number, python: Python): string {
  const { program } = questionProgram(kind, variant);
  const r = runExample(program, python);
  if (r.notSupported || r.limit) throw new QuizError(`${kind} ${variant} on ${python}: ${r.notSupported ?? r.limit}`);
  const lines = r.stdout.replace(/\n$/, '').split('\n');
  if (kind === 'alive') {
    const freed = new Set(lines[lines.length - 1].split(' ').slice(1));
    return aliveText(['a', 'b', 'c'].filter((n) => !freed.has(n)));
  }
  return lines[lines.length - 1];
}

const aliveText = (names: string[]): string => (names.length ? names.join(', ') : 'none');

function shuffle<T>(xs: T[], r: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}

function distractors(kind: QuizKind, answer: string, r: () => number): string[] {
  const out = new Set<string>();
  if (kind === 'alive') {
    const all = ['a', 'b', 'c'];
    const subsets: string[] = [];
    for (let m = 0; m < 8; m++) subsets.push(aliveText(all.filter((_, k) => m & (1 << k))));
    for (const s of shuffle(subsets, r)) if (s !== answer && out.size < 3) out.add(s);
  } else {
    const n = Number(answer);
    const cands = [n + 1, n - 1, n + 2, n * 2, n - 2, n + 3, 0].filter((x) => x >= 0 && x !== n);
    for (const c of cands) if (out.size < 3) out.add(String(c));
  }
  return [...out];
}

/** The whole question for (kind, variant, python): deterministic, so a button can rebuild it from its custom id. */
export function makeQuestion(kind: QuizKind, variant: number, python: Python): Question {
  const p = questionProgram(kind, variant);
  const answer = simulatedAnswer(kind, variant, python);
  const r = rng(variant * 31 + QUIZ_KINDS.indexOf(kind) * 7 + (python === '3.11' ? 1000 : 0));
  const choices = shuffle([answer, ...distractors(kind, answer, r)], r);
  return { kind, variant, python, code: p.code, program: p.program, question: p.question, line: p.line, choices, answer: choices.indexOf(answer) };
}

/** Is choice `k` right? (Checked against the simulator again, not against the stored index.) */
export function isCorrect(q: Question, k: number): boolean {
  return q.choices[k] !== undefined && q.choices[k] === simulatedAnswer(q.kind, q.variant, q.python);
}

/** The kinds that practise a topic (all of them for no topic or a topic without its own template). */
export function kindsFor(topic: string | null): QuizKind[] {
  if (!topic) return [...QUIZ_KINDS];
  const k = QUIZ_KINDS.filter((q) => QUIZ_TOPICS[q].includes(topic));
  return k.length ? k : [...QUIZ_KINDS];
}

/** Every quiz program, for the corpus (tests/corpus/topic-quiz-<kind>-<variant>.py). */
export function allQuizPrograms(): { name: string; code: string }[] {
  return QUIZ_KINDS.flatMap((k) => Array.from({ length: VARIANTS }, (_, v) => ({ name: `topic-quiz-${k}-${v}`, code: questionProgram(k, v).program })));
}
