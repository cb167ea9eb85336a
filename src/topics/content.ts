// Topics and lessons: Markdown files with a small front matter, parsed into
// plain data. Pure: reads content/ and nothing else; no Discord, no simulator.
//
// Topic file (content/topics/<id>.md):
//   ---
//   id: refcount
//   title: Reference counting
//   aliases: [refcounting, refcnt]
//   summary: one line
//   related: [getrefcount, del-names]
//   python: 3.14.10, 3.11.7
//   ---
//   prose (Markdown, ≤ 1500 characters once placeholders are filled)
//   ```python
//   example 1
//   ```
//   … more ```python examples
//
// Lesson file (content/lessons/<id>.md): the same front matter (id, title,
// aliases, summary), then one `## Step title` section per step: a sentence or
// two, one ```python snippet and a line `stop: N` (the line to stop after).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Topic {
  id: string;
  title: string;
  aliases: string[];
  summary: string;
  related: string[];
  /** The CPython versions the numbers are for, as written ("3.14.10, 3.11.7"). */
  python: string;
  /** The prose with placeholders, examples removed. */
  prose: string;
  examples: string[];
  file: string;
}

export interface LessonStep { title: string; text: string; code: string; stop: number }
export interface Lesson {
  id: string;
  title: string;
  aliases: string[];
  summary: string;
  steps: LessonStep[];
  file: string;
}

/** The content/ directory: next to the sources (src/topics → ../../content) or the build (dist/src/topics → ../../../content). */
export function contentDir(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (let k = 0; k < 5; k++) {
    const c = join(d, 'content');
    if (existsSync(join(c, 'topics'))) return c;
    d = dirname(d);
  }
  throw new Error('heapsnake: content/topics not found');
}

export class ContentError extends Error {}

/** `key: value` and `key: [a, b]` lines between --- fences. */
export function parseFrontMatter(text: string, file: string): { meta: Record<string, string | string[]>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(text.replace(/\r\n/g, '\n'));
  if (!m) throw new ContentError(`${file}: no front matter`);
  const meta: Record<string, string | string[]> = {};
  for (const line of m[1].split('\n')) {
    if (!line.trim()) continue;
    const kv = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
    if (!kv) throw new ContentError(`${file}: bad front matter line '${line}'`);
    const v = kv[2].trim();
    meta[kv[1]] = v.startsWith('[') && v.endsWith(']')
      ? v.slice(1, -1).split(',').map((s) => s.trim()).filter(Boolean)
      : v;
  }
  return { meta, body: text.replace(/\r\n/g, '\n').slice(m[0].length) };
}

const FENCE = /```python\n([\s\S]*?)```\n?/g;

function str(meta: Record<string, string | string[]>, k: string, file: string): string {
  const v = meta[k];
  if (typeof v !== 'string' || !v) throw new ContentError(`${file}: front matter needs '${k}'`);
  return v;
}
function list(meta: Record<string, string | string[]>, k: string): string[] {
  const v = meta[k];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

export function parseTopic(text: string, file: string): Topic {
  const { meta, body } = parseFrontMatter(text, file);
  const examples = [...body.matchAll(FENCE)].map((m) => m[1]);
  if (!examples.length) throw new ContentError(`${file}: no \`\`\`python example`);
  const prose = body.replace(FENCE, '').trim();
  return {
    id: str(meta, 'id', file), title: str(meta, 'title', file), aliases: list(meta, 'aliases'),
    summary: str(meta, 'summary', file), related: list(meta, 'related'), python: str(meta, 'python', file),
    prose, examples, file,
  };
}

export function parseLesson(text: string, file: string): Lesson {
  const { meta, body } = parseFrontMatter(text, file);
  const parts = body.split(/^## /m).slice(1);
  const steps: LessonStep[] = parts.map((p, k) => {
    const nl = p.indexOf('\n');
    const title = p.slice(0, nl).trim();
    const rest = p.slice(nl + 1);
    const code = [...rest.matchAll(FENCE)].map((m) => m[1]);
    if (code.length !== 1) throw new ContentError(`${file}: step ${k + 1} needs exactly one \`\`\`python snippet`);
    const stop = /^stop:\s*(\d+)\s*$/m.exec(rest);
    if (!stop) throw new ContentError(`${file}: step ${k + 1} needs a 'stop: N' line`);
    const text = rest.replace(FENCE, '').replace(/^stop:.*$/m, '').trim();
    return { title, text, code: code[0], stop: Number(stop[1]) };
  });
  if (!steps.length) throw new ContentError(`${file}: no '## ' steps`);
  return { id: str(meta, 'id', file), title: str(meta, 'title', file), aliases: list(meta, 'aliases'), summary: str(meta, 'summary', file), steps, file };
}

function loadDir<T>(dir: string, parse: (t: string, f: string) => T): T[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => parse(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}

let topicsCache: Topic[] | null = null;
let lessonsCache: Lesson[] | null = null;

export function loadTopics(dir = join(contentDir(), 'topics')): Topic[] {
  if (topicsCache && dir === join(contentDir(), 'topics')) return topicsCache;
  const t = loadDir(dir, parseTopic);
  const seen = new Set<string>();
  for (const x of t) {
    if (seen.has(x.id)) throw new ContentError(`duplicate topic id '${x.id}'`);
    seen.add(x.id);
  }
  if (dir === join(contentDir(), 'topics')) topicsCache = t;
  return t;
}

export function loadLessons(dir = join(contentDir(), 'lessons')): Lesson[] {
  if (lessonsCache && dir === join(contentDir(), 'lessons')) return lessonsCache;
  const l = loadDir(dir, parseLesson);
  if (dir === join(contentDir(), 'lessons')) lessonsCache = l;
  return l;
}

const norm = (s: string): string => s.toLowerCase().replace(/[\s_]+/g, '-');

/** A topic by id, title or alias (case-insensitive), else null. */
export function findTopic(name: string): Topic | null {
  const n = norm(name.trim());
  const ts = loadTopics();
  return ts.find((t) => t.id === n) ?? ts.find((t) => norm(t.title) === n || t.aliases.some((a) => norm(a) === n)) ?? null;
}

export function findLesson(name: string): Lesson | null {
  const n = norm(name.trim());
  const ls = loadLessons();
  return ls.find((l) => l.id === n) ?? ls.find((l) => norm(l.title) === n || l.aliases.some((a) => norm(a) === n)) ?? null;
}

/** Every runnable example with the corpus file it is checked as (tests/corpus/<name>.py). */
export function allExamples(): { name: string; code: string; source: string }[] {
  const out: { name: string; code: string; source: string }[] = [];
  for (const t of loadTopics()) {
    t.examples.forEach((code, k) => out.push({ name: `topic-${t.id}${t.examples.length > 1 ? `-${k + 1}` : ''}`, code, source: `topic ${t.id} example ${k + 1}` }));
  }
  for (const l of loadLessons()) {
    l.steps.forEach((s, k) => out.push({ name: `topic-lesson-${l.id}-${k + 1}`, code: s.code, source: `lesson ${l.id} step ${k + 1}` }));
  }
  return out;
}
