#!/usr/bin/env node
// Writes every topic and lesson example, and every quiz program, as tests/corpus/topic-*.py (after
// `npm run build`), so the corpus test compares it with real CPython. Then
// produce the expected outputs with CPython itself:
//   node scripts/topic-corpus.mjs && node scripts/oracle.mjs tests/corpus/topic-*.py
// --check: write nothing; exit 1 if a corpus file is missing, stale or orphaned.

import { readdirSync, readFileSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { allExamples } = await import(path.join(root, 'dist/src/topics/content.js'));
const { allQuizPrograms } = await import(path.join(root, 'dist/src/topics/quiz.js'));
const check = process.argv.includes('--check');
const dir = path.join(root, 'tests', 'corpus');
const want = new Map([...allExamples(), ...allQuizPrograms()].map((e) => [e.name + '.py', e.code]));
let bad = 0;
for (const [f, code] of want) {
  const p = path.join(dir, f);
  const cur = existsSync(p) ? readFileSync(p, 'utf8') : null;
  if (cur === code) continue;
  if (check) { console.error(`${f}: ${cur === null ? 'missing' : 'stale'}`); bad++; continue; }
  writeFileSync(p, code);
  console.log(`wrote tests/corpus/${f}`);
}
for (const f of readdirSync(dir).filter((f) => /^topic-.*\.py$/.test(f) && !want.has(f))) {
  if (check) { console.error(`${f}: no longer an example`); bad++; continue; }
  unlinkSync(path.join(dir, f));
  const exp = path.join(dir, f.replace(/\.py$/, '.expected.json'));
  if (existsSync(exp)) unlinkSync(exp);
  console.log(`removed tests/corpus/${f}`);
}
process.exit(bad ? 1 : 0);
