// Topics and lessons: every example runs on the simulator (both versions, no
// NotSupported) and is a corpus program checked against real CPython; every
// placeholder is filled; every other number in the prose is something an
// example prints; pages fit an embed; autocomplete.
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allExamples, findTopic, loadLessons, loadTopics, parseTopic } from '../../src/topics/content.js';
import { fillProse, pageText, PlaceholderError, ready, runExample, stepForLine, topicPage } from '../../src/topics/page.js';
import { autocompleteTopics, autocompleteLessons, MAX_CHOICES } from '../../src/topics/autocomplete.js';
import { allQuizPrograms } from '../../src/topics/quiz.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
const V = ['3.14', '3.11'] as const;

beforeAll(async () => { await ready(); });

describe('content', () => {
  const topics = loadTopics();
  it('has at least 24 topics and 6 lessons, with the subjects of issue 6', () => {
    expect(topics.length).toBeGreaterThanOrEqual(24);
    expect(loadLessons().length).toBeGreaterThanOrEqual(6);
    for (const id of ['names-objects', 'refcount', 'getrefcount', 'del-names', 'aliasing', 'copy-deepcopy', 'small-ints', 'interning', 'immortal',
      'is-vs-eq', 'getsizeof', 'list-overallocation', 'tuple-vs-list', 'dict-set-memory', 'reference-cycles', 'gc-generations', 'gc-collect',
      'finalization', 'weakrefs', 'weakvaluedict', 'slots', 'closures', 'generators', 'context-managers', 'frames-locals', 'exceptions',
      'memory-leaks', 'myths']) expect(findTopic(id)?.id, id).toBe(id);
  });
  it('front matter is complete and related topics exist', () => {
    for (const t of topics) {
      expect(t.aliases.length, t.id).toBeGreaterThan(0);
      expect(t.summary.length, t.id).toBeGreaterThan(10);
      expect(t.python, t.id).toMatch(/3\.14\.10.*3\.11\.7|3\.11\.7.*3\.14\.10/);
      for (const r of t.related) expect(findTopic(r), `${t.id} → ${r}`).not.toBeNull();
    }
  });
  it('every lesson step has text, a snippet and a stop line inside it', () => {
    for (const l of loadLessons()) for (const s of l.steps) {
      expect(s.text.length, l.id).toBeGreaterThan(10);
      expect(s.stop).toBeGreaterThanOrEqual(1);
      expect(s.stop).toBeLessThanOrEqual(s.code.split('\n').filter(Boolean).length);
    }
  });
});

describe('examples', () => {
  const examples = [...allExamples(), ...allQuizPrograms().map((q) => ({ ...q, source: q.name }))];
  for (const v of V) {
    it(`every topic, lesson and quiz program runs without NotSupported on ${v}`, () => {
      for (const e of examples) {
        const r = runExample(e.code, v);
        expect(r.notSupported, `${e.source} on ${v}`).toBeNull();
        expect(r.limit, `${e.source} on ${v}`).toBeNull();
        expect(r.exitCode, `${e.source} on ${v}: ${r.stderr}`).toBe(0);
      }
    });
  }
  it('every example is a corpus program with CPython’s expected output (tests/corpus.test.ts compares them)', () => {
    for (const e of examples) {
      const py = join(corpus, e.name + '.py');
      expect(existsSync(py) && readFileSync(py, 'utf8') === e.code, `${py} is missing or stale: node scripts/topic-corpus.mjs`).toBe(true);
      const exp = JSON.parse(readFileSync(join(corpus, e.name + '.expected.json'), 'utf8'));
      for (const v of V) expect(runExample(e.code, v).stdout, `${e.name} on ${v}`).toBe(exp[v].stdout);
    }
  });
});

describe('pages', () => {
  const topics = loadTopics();
  it('fill every placeholder on both versions and fit an embed (≤ 1500 characters)', () => {
    for (const t of topics) for (const v of V) {
      const text = fillProse(t, v);
      expect(text, t.id).not.toMatch(/\{\{|\}\}/);
      expect(text.length, `${t.id} on ${v}`).toBeLessThanOrEqual(1500);
    }
  });
  it('every number typed in the prose is printed by an example (the rest are placeholders)', () => {
    for (const t of topics) {
      const prose = (t.prose + '\n' + t.summary)
        .replace(/\{\{[^}]*\}\}/g, ' ')          // computed
        .replace(/`[^`]*`/g, ' ')                // code
        .replace(/"[^"]*"/g, ' ')                // quoted claims (the seed's)
        .replace(/\b(?:C?Python )?3\.\d+(?:\.\d+)?\+?/g, ' ') // versions
        .replace(/PEP \d+/g, ' ');
      const printed = new Set<string>();
      for (const e of t.examples) for (const v of V) for (const w of runExample(e, v).stdout.split(/[\s,()[\]]+/)) printed.add(w);
      const typed = [...prose.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => m[0]).filter((n) => !printed.has(n));
      expect(typed, `${t.id}: numbers typed in the prose that no example prints`).toEqual([]);
    }
  });
  it('placeholders take the simulator’s numbers (getsizeof of an empty list, refcounts per version)', () => {
    const gs = topicPage(findTopic('getsizeof')!, '3.14').text;
    expect(gs).toContain(`an empty list ${runExample('import sys\nprint(sys.getsizeof([]))\n', '3.14').stdout.trim()}.`);
    const rc = fillProse(findTopic('getrefcount')!, '3.14');
    expect(rc).toMatch(/reports 1 on 3\.14 but 2 on 3\.11/);
    const myths = fillProse(findTopic('myths')!, '3.14');
    expect(myths).toContain('`sys.getsizeof(10)` is 28 bytes');
    expect(myths).toContain('the list takes 136 bytes and the set 728');
  });
  it('a wrong placeholder is an error, not a silent blank', () => {
    const t = parseTopic('---\nid: x\ntitle: X\nsummary: a test topic\npython: 3.14.10, 3.11.7\n---\nIt prints {{out:5}}.\n```python\nprint(1)\n```\n', 'x.md');
    expect(() => fillProse(t, '3.14')).toThrow(PlaceholderError);
    const u = { ...t, prose: 'typo {{outt:1}}' };
    expect(() => fillProse(u, '3.14')).toThrow(PlaceholderError);
  });
  it('the CLI page shows each example with its output', () => {
    const text = pageText(findTopic('frames-locals')!, '3.11');
    expect(text).toContain('Python 3.11.7');
    expect(text).toContain('    freed 1\n    freed 2\n    after call');
  });
  it('a lesson step stops after its line', () => {
    const l = loadLessons().find((x) => x.id === 'reference-counting')!;
    const s = l.steps[2];
    expect(stepForLine(s.code, '3.14', s.stop)).toBeGreaterThan(0);
  });
});

describe('autocomplete', () => {
  it('matches id prefixes, title words and aliases; at most 25 choices', () => {
    expect(autocompleteTopics('').length).toBeLessThanOrEqual(MAX_CHOICES);
    expect(autocompleteTopics('').length).toBe(Math.min(MAX_CHOICES, loadTopics().length));
    expect(autocompleteTopics('ref')[0].value).toMatch(/^ref/);
    expect(autocompleteTopics('ref').map((c) => c.value)).toEqual(expect.arrayContaining(['refcount', 'reference-cycles']));
    expect(autocompleteTopics('circular references')[0].value).toBe('reference-cycles'); // alias
    expect(autocompleteTopics('PEP 442')[0].value).toBe('finalization');               // alias
    expect(autocompleteTopics('WEAK').map((c) => c.value)).toEqual(expect.arrayContaining(['weakrefs', 'weakvaluedict']));
    expect(autocompleteTopics('zzzz')).toEqual([]);
    for (const c of autocompleteTopics('e')) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(autocompleteLessons('cyc')[0].value).toBe('cycles-and-the-collector');
    expect(findTopic('circular references')?.id).toBe('reference-cycles');
  });
});
