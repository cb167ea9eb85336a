// Quiz answers are the simulator's, never typed; a wrong choice is wrong.
import { describe, it, expect, beforeAll } from 'vitest';
import { ready, runExample } from '../../src/topics/page.js';
import { isCorrect, makeQuestion, questionProgram, QUIZ_KINDS, simulatedAnswer, VARIANTS, kindsFor } from '../../src/topics/quiz.js';
import { parseTopicButton, topicButtonId } from '../../src/topics/views.js';

beforeAll(async () => { await ready(); });

describe('quiz', () => {
  for (const v of ['3.14', '3.11'] as const) {
    it(`every variant on ${v}: 4 distinct choices, the marked one is what the simulator prints`, () => {
      for (const k of QUIZ_KINDS) for (let n = 0; n < VARIANTS; n++) {
        const q = makeQuestion(k, n, v);
        expect(new Set(q.choices).size, `${k} ${n}`).toBe(4);
        const out = runExample(q.program, v).stdout.trim().split('\n').at(-1)!;
        if (k === 'alive') {
          const freed = out.split(' ').slice(1);
          const alive = ['a', 'b', 'c'].filter((x) => !freed.includes(x));
          expect(q.choices[q.answer]).toBe(alive.length ? alive.join(', ') : 'none');
        } else {
          expect(q.choices[q.answer]).toBe(out);
        }
        expect(isCorrect(q, q.answer)).toBe(true);
        for (let c = 0; c < 4; c++) if (c !== q.answer) expect(isCorrect(q, c), `${k} ${n} choice ${c}`).toBe(false);
      }
    });
  }
  it('the check can fail: a question with a doctored answer is caught', () => {
    const q = makeQuestion('refcount', 0, '3.14');
    const wrong = (q.answer + 1) % 4;
    expect(isCorrect({ ...q, answer: wrong }, wrong)).toBe(false);
    expect(isCorrect(q, 9)).toBe(false);
  });
  it('answers differ between versions where CPython does (borrowed refs in 3.14)', () => {
    const diffs = Array.from({ length: VARIANTS }, (_, n) => simulatedAnswer('refcount', n, '3.14') !== simulatedAnswer('refcount', n, '3.11'));
    expect(diffs.some(Boolean)).toBe(true);
  });
  it('known answers: one alias at module level is 3; rebinding frees, del does not', () => {
    expect(questionProgram('refcount', 0).code).toBe('import sys\na = []\nb = a\nprint(sys.getrefcount(a))\n');
    expect(simulatedAnswer('refcount', 0, '3.14')).toBe('3');
    // `b = a` drops the object named "b"; `del a` leaves the object named "a" reachable through b
    expect(simulatedAnswer('alive', 0, '3.14')).toBe('a, c');
  });
  it('variants vary, and topics pick templates', () => {
    expect(new Set(Array.from({ length: VARIANTS }, (_, n) => questionProgram('alive', n).code)).size).toBe(VARIANTS);
    expect(kindsFor('gc-collect')).toEqual(['collect']);
    expect(kindsFor(null)).toEqual([...QUIZ_KINDS]);
    expect(() => questionProgram('refcount', VARIANTS)).toThrow();
  });
  it('custom ids round-trip and stay under 100 characters', () => {
    const ids = [
      { t: 'run', topic: 'list-overallocation', python: '3.11' },
      { t: 'lesson', action: 'next', lesson: 'cycles-and-the-collector', step: 2, presenter: '200000000000000001' },
      { t: 'quiz', kind: 'collect', variant: 7, python: '3.14', choice: 3 },
    ] as const;
    for (const b of ids) {
      const s = topicButtonId(b);
      expect(s.length).toBeLessThanOrEqual(100);
      expect(parseTopicButton(s)).toEqual(b);
    }
    expect(parseTopicButton('hs1:n:3.14:1:123')).toBeNull();
    expect(parseTopicButton('hst:q:collect:1:3.9:0')).toBeNull();
  });
});
