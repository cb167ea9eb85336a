#!/usr/bin/env node
// Writes docs/rules.md: each memory rule heapsnake models, the CPython source
// it cites, the corpus programs that check it with their pass counts per
// version (from tests/corpus/known.json), every CPython citation in the
// simulator's source, and every NON-CPYTHON simplification.
//
//   node scripts/rules-table.mjs          # (re)write docs/rules.md
//   node scripts/rules-table.mjs --check  # exit 1 if docs/rules.md is out of date

import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = readdirSync(join(root, 'tests/corpus')).filter((f) => f.endsWith('.py')).sort();
const known = JSON.parse(readFileSync(join(root, 'tests/corpus/known.json'), 'utf8'));

// The rules: what is modelled, the CPython source it follows, where heapsnake does it, which programs check it.
const RULES = [
  ['Reference counts of names, container slots, attributes, arguments, `del`', 'Include/object.h: Py_INCREF/Py_DECREF; Objects/object.c: _Py_Dealloc', 'src/core/heap.ts, src/core/vm.ts', /refcount|del-name|del-reassign|del-names/],
  ['`sys.getrefcount` and the evaluation stack (3.14 borrowed references)', 'Python/sysmodule.c: sys_getrefcount; Python/flowgraph.c: optimize_load_fast', 'src/core/flowgraph.ts, src/core/vm.ts', /getrefcount|refcount-(function-arg|for-loop|star-args|kwargs|genexp)/],
  ['Code-object constants and the parser arena hold references', 'Objects/codeobject.c: intern_string_constants; Python/compile.c; Python/ast_opt.c', 'src/core/compile.ts, src/core/fold.ts', /const|identity-(float|tuple|bytes|complex)/],
  ['Immortal objects (3.12+)', 'PEP 683; Include/internal/pycore_object.h: _Py_IMMORTAL_INITIAL_REFCNT', 'src/core/version.ts, src/core/heap.ts', /immortal/],
  ['Small int cache, interning, singletons', 'Objects/longobject.c: get_small_int; Objects/unicodeobject.c: PyUnicode_InternInPlace', 'src/core/rt.ts, src/core/compile.ts', /smallint|intern|singleton|claim-rebind/],
  ['Sizes of ints', 'Objects/longobject.c: int___sizeof___impl', 'src/core/sizeof.ts', /sizeof-(int|bigint)|claim-int/],
  ['Sizes of str (PEP 393 compact forms)', 'Objects/unicodeobject.c: unicode_sizeof_impl; PEP 393', 'src/core/sizeof.ts', /sizeof-str/],
  ['List over-allocation', 'Objects/listobject.c: list_resize, list___sizeof___impl', 'src/core/version.ts, src/core/list.ts, src/core/sizeof.ts', /sizeof-list/],
  ['Dict tables: combined, split (instance), growth, deletes', 'Objects/dictobject.c: calculate_log2_keysize, dictresize, _PyDict_SizeOf', 'src/core/dict.ts, src/core/sizeof.ts', /sizeof-(dict|instance-dict|collections)/],
  ['Set and frozenset tables', 'Objects/setobject.c: set_table_resize, set_sizeof', 'src/core/set.ts, src/core/sizeof.ts', /sizeof-(set|frozenset)|claim-set/],
  ['Sizes of tuple, range, bytes, float, complex, None, iterators, cells, methods, weakrefs, exceptions', 'Objects/*object.c: tp_basicsize / __sizeof__', 'src/core/sizeof.ts', /sizeof-(tuple|range|bytes|float|iterators|cell|weakref|shallow)/],
  ['Instances: managed dict (3.11 vs 3.14), `__slots__`', 'Objects/typeobject.c: type_new_descriptors, object___sizeof___impl', 'src/core/classes.ts, src/core/sizeof.ts', /sizeof-(instance|dataclass)|attr-vs-slots/],
  ['Generators hold their frame; frame and generator sizes', 'Objects/genobject.c: gen_sizeof, gen_close; Objects/frameobject.c', 'src/core/func.ts, src/core/sizeof.ts', /generator|frame-/],
  ['Comprehensions: a function (3.11) or inlined (3.14)', 'PEP 709; Python/codegen.c: push_inlined_comprehension_state; Python/symtable.c: inline_comprehension', 'src/core/symtable.ts, src/core/compile.ts', /comprehension/],
  ['Unpacking assignment order (SWAP and static swaps)', 'Python/flowgraph.c: optimize_basic_block, apply_static_swaps', 'src/core/compile.ts, src/core/flowgraph.ts', /unpack/],
  ['GC tracking of atoms, tuples, dicts, instances', 'Objects/tupleobject.c: _PyTuple_MaybeUntrack; Objects/dictobject.c: MAINTAIN_TRACKING; Python/gc.c: untrack_tuples/untrack_dicts', 'src/core/heap.ts, src/core/gc.ts', /gc-tracked/],
  ['The cycle collector: update_refs, subtract_refs, move_unreachable, finalizers, weakrefs, delete_garbage', 'Python/gc.c: gc_collect_main; InternalDocs/garbage_collector.md', 'src/core/gc.ts', /gc-(two-node|self|list|dict|slots|ring|reachable|collect|garbage|get-refer|callbacks|weakref)|claim-gc/],
  ['Generations, thresholds, automatic collections, enable/disable', 'Python/gc.c: _PyObject_GC_Link, gc_should_collect; Modules/gcmodule.c', 'src/core/gc.ts, src/core/version.ts', /gc-(threshold|get-count|enable)/],
  ['`__del__` (PEP 442): order, cycles, resurrection, exceptions ignored', 'PEP 442; Objects/typeobject.c: subtype_dealloc; Objects/object.c: PyObject_CallFinalizerFromDealloc', 'src/core/heap.ts, src/core/gc.ts, src/core/simulate.ts', /del-|lru-cache/],
  ['Weak references, callbacks, proxies, finalize, weak containers', 'Objects/weakrefobject.c: PyObject_ClearWeakRefs; Lib/weakref.py', 'src/core/modules.ts, src/core/gc.ts', /weakref/],
  ['Interpreter exit: atexit, final collections, `__main__` cleared, the order of `__del__` (the collector\'s list order)', 'Python/pylifecycle.c: Py_FinalizeEx, finalize_modules; Python/gc.c: move_unreachable, finalize_garbage', 'src/core/simulate.ts (shutdown), src/core/exitorder.ts', /exit|at-exit/],
  ['Iterator result tuples kept and refilled in place (enumerate, zip, dict items, itertools)', 'Objects/enumobject.c: enum_next; Python/bltinmodule.c: zip_next; Objects/dictobject.c: dictiter_iternextitem; Modules/itertoolsmodule.c', 'src/core/bltins.ts, src/core/typemethods.ts, src/core/stdlib/itertools.ts', /iterator-result|dict-views-iterators/],
  ['`with`: what the block releases', 'PEP 343; Python/compile.c: compiler_with', 'src/core/compile.ts, src/core/vm.ts', /with-/],
];

const VERSIONS = ['3.14', '3.11'];
const passes = (prog, v) => !(`${v}/${prog}` in known);

function rulesTable() {
  const out = ['| rule | CPython source | heapsnake | corpus programs | pass 3.14 | pass 3.11 |', '|---|---|---|---|---|---|'];
  const covered = new Set();
  for (const [rule, cite, where, re] of RULES) {
    const progs = corpus.filter((f) => /^(mem|topic)-/.test(f) && re.test(f));
    progs.forEach((p) => covered.add(p));
    const names = progs.map((p) => `\`${p.replace(/\.py$/, '')}\``).join(', ') || '—';
    const counts = VERSIONS.map((v) => `${progs.filter((p) => passes(p, v)).length}/${progs.length}`);
    out.push(`| ${rule} | ${cite} | ${where} | ${names} | ${counts[0]} | ${counts[1]} |`);
  }
  return { table: out.join('\n'), covered };
}

function walk(dir) {
  const files = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) files.push(...walk(p));
    else if (p.endsWith('.ts')) files.push(p);
  }
  return files.sort();
}

/** Matches of `re` in src/**.ts; with `more`, the comment lines that continue the match are appended (up to 4). */
function scan(re, more = false) {
  const hits = [];
  for (const file of walk(join(root, 'src'))) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const m = re.exec(line);
      if (!m) return;
      let text = m[1].trim();
      for (let k = i + 1; more && k < lines.length && k <= i + 4; k++) {
        const c = /^\s*(?:\/\/|\*(?!\/))\s?(.*)$/.exec(lines[k]);
        if (!c || !c[1].trim() || /NON-CPYTHON|^@/.test(c[1])) break;
        text += ' ' + c[1].trim();
      }
      // files, not line numbers: the table must not go stale with every edit above a citation
      hits.push({ at: relative(root, file), text: text.replace(/\*\/\s*$/, '').trim() });
    });
  }
  return hits;
}

function build() {
  const { table, covered } = rulesTable();
  const mem = corpus.filter((f) => f.startsWith('mem-'));
  const totals = VERSIONS.map((v) => `${v}: ${corpus.filter((p) => passes(p, v)).length}/${corpus.length}`).join(', ');
  const cites = scan(/\b((?:Objects|Python|Modules|Include|Lib|InternalDocs|Parser)\/[A-Za-z0-9_/.-]+\.(?:c|h|py|md)(?::\s?[A-Za-z_][A-Za-z0-9_]*)?)/);
  const byFile = new Map();
  for (const c of cites) {
    const key = c.text.replace(/\s+/g, ' ');
    if (!byFile.has(key)) byFile.set(key, []);
    if (!byFile.get(key).includes(c.at)) byFile.get(key).push(c.at);
  }
  const non = scan(/NON-CPYTHON:?\s*(.*)$/, true);
  return [
    '# Memory rules, their CPython sources, and the programs that check them',
    '',
    'Generated by `node scripts/rules-table.mjs` from the corpus, `tests/corpus/known.json` and the',
    'source; do not edit by hand. A program passes on a version when heapsnake prints byte-identical',
    'stdout and the same final exception as that CPython (expected outputs from `npm run oracle`).',
    '',
    `Corpus: ${corpus.length} programs (${mem.length} \`mem-\` programs about memory rules), passing ${totals};`,
    `${covered.size} of them are listed under a rule below. Measurements behind the rules: \`docs/cpython-rules.md\`.`,
    '',
    table,
    '',
    `## Every CPython citation in the simulator (${byFile.size} distinct)`,
    '',
    ...[...byFile.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, ats]) => `- \`${k}\` — ${ats.join(', ')}`),
    '',
    `## Every NON-CPYTHON simplification (${non.length})`,
    '',
    ...non.map((n) => `- ${n.at}: ${n.text || '(see the comment there)'}`),
    '',
  ].join('\n');
}

const text = build();
const target = join(root, 'docs/rules.md');
if (process.argv.includes('--check')) {
  let cur = '';
  try { cur = readFileSync(target, 'utf8'); } catch { /* missing */ }
  if (cur !== text) { console.error('docs/rules.md is out of date: run node scripts/rules-table.mjs'); process.exit(1); }
  console.log('docs/rules.md is up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote docs/rules.md (${RULES.length} rules)`);
}
