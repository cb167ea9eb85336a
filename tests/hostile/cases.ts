// Expected outcomes of the hostile inputs (tests/hostile/sources.ts).
//
// cli: `heapsnake run --python <python> --timeout 4000 FILE` in a child process —
//   exit code, the last line of stderr ('' = no stderr), optionally stdout.
// bot: the bot's own path for a `/heap file:snippet.py` (checkAttachment →
//   sourceFromFile → checkSource → HeapService.render on the worker pool with the
//   bot's default limits: 20,000 steps, 2 s): the sentence the person sees
//   (the error message, or the embed's description when there is a picture).
// cpython: the CLI expectation was taken from real CPython 3.11.7 (`python3`)
//   and tests/hostile/hostile.test.ts re-checks it against python3 when present;
//   cases without it expect heapsnake's documented limits (docs/limits.md)
//   where CPython would run on, print, or touch the host.

export type Python = '3.11' | '3.14';
export interface HostileCase {
  name: string;
  python: Python;
  exit: number;
  last: string | RegExp;
  stdout?: string | RegExp;
  /** The CLI expectation is CPython 3.11.7's own (re-checked against python3). */
  cpython?: boolean;
  bot: string | RegExp;
  /** Why this is the expected outcome, when it is not CPython's. */
  note?: string;
  /** The simulator overruns its own 2 s clock on this input (see the report), so the pool's
   *  watchdog may kill the job: then the bot's sentence is T.killedTime (no picture). */
  botMayBeKilled?: boolean;
  /** --timeout for the CLI other than the suite's 3 s (the step-limit cases get 20 s so the step limit, not the clock, ends them). */
  cliTimeoutMs?: number;
  /** A bound on the bot's answer other than the default (ms). */
  botMs?: number;
}

const STEPS = 'stopped: the program ran more than 2,000,000 steps';
const OUT_LIMIT = 'stopped: the program printed more than 1,048,576 bytes';
const TIME = 'stopped: the program ran longer than the time limit';
// on a loaded machine the bot's 2 s clock can come before its 20,000 steps (tracing is the slow part)
const BOT_STEPS = /\*\*Stopped:\*\* this snippet ran (more than 20,000 lines|past the 2 s limit); the picture shows where it stopped\./;
const BOT_TIME = /\*\*Stopped:\*\* this snippet ran past the 2 s limit; the picture shows where it stopped\./;
const BOT_STOP = /\*\*Stopped:\*\* .*; the picture shows where it stopped\./;
const REC = 'RecursionError: maximum recursion depth exceeded';
const BOT_REC = /\*\*RecursionError\*\* on line 2: maximum recursion depth exceeded/;
const runtimeCode = 'heapsnake runs only the code you paste; it does not run code built at run time';

export const CASES: HostileCase[] = [
  // ---- infinite loops: the step limit (deterministic), or the clock inside one line
  { name: 'loop-while-true', python: '3.11', exit: 2, last: STEPS, cliTimeoutMs: 20_000, bot: BOT_STEPS },
  { name: 'loop-counter', python: '3.11', exit: 2, last: STEPS, cliTimeoutMs: 20_000, bot: BOT_STEPS },
  { name: 'loop-for-over-growing-list', python: '3.11', exit: 2, last: /^stopped: the program ran (more than 2,000,000 steps|longer than the time limit)$/, bot: /\*\*Stopped:\*\* this snippet ran (more than 20,000 lines|past the 2 s limit)/,
    note: 'tracing a growing list is slow: on a loaded machine the 2 s clock comes before 20,000 steps' },
  { name: 'loop-range-contains-str', python: '3.14', exit: 2, last: TIME, bot: BOT_TIME,
    note: 'range.__contains__ compares a non-int with every item (Objects/rangeobject.c: range_contains): the clock inside the builtin stops it' },
  { name: 'loop-infinite-generator-list', python: '3.11', exit: 2, last: /^stopped: the program ran (more than 2,000,000 steps|longer than the time limit)$/, bot: BOT_STEPS },
  { name: 'loop-itertools-count-list', python: '3.11', exit: 2, last: /^stopped: the program (ran longer than the time limit|tried to grow a list to [\d,]+ items \(more than heapsnake's limit of 10,000,000\))$/, bot: BOT_STOP,
    note: 'one line, so only the clock or the sequence limit stops it' },
  { name: 'loop-generator-recursion', python: '3.11', exit: 1, cpython: true, last: REC, bot: BOT_REC, botMayBeKilled: true,
    note: 'the CLI simulates on a worker thread with a 64 MB JS stack, the bot\'s worker has 8 MB: both reach the RecursionError' },
  { name: 'loop-try-finally-continue', python: '3.11', exit: 2, last: STEPS, cliTimeoutMs: 20_000, bot: BOT_STEPS },
  { name: 'loop-sum-huge-range', python: '3.11', exit: 2, last: /^stopped: the program (ran longer than the time limit|ran more than [\d,]+ iterations inside builtins)$/, bot: /ran past the 2 s limit|ran more than [\d,]+ iterations inside builtins/, note: 'one builtin call: the clock or the budget of iterations inside builtins, checked every 65,536 iterations' },
  // ---- output floods
  { name: 'flood-print-loop', python: '3.11', exit: 2, last: OUT_LIMIT, stdout: /^(spam ){100}\n/, bot: /\*\*Stopped:\*\* the program printed more than 1,000,000 bytes/ },
  { name: 'flood-one-print', python: '3.11', exit: 2, last: OUT_LIMIT, stdout: '', bot: /\*\*Stopped:\*\* the program printed more than 1,000,000 bytes/ },
  { name: 'flood-star-range', python: '3.11', exit: 2, last: OUT_LIMIT, bot: /\*\*Stopped:\*\* the program had more than 100,000 live objects/, note: 'the bot\'s object limit comes first: print(*range(10**6)) builds a 10**6-item tuple' },
  // ---- memory bombs
  { name: 'bomb-list-1e10', python: '3.11', exit: 1, last: 'MemoryError', bot: /\*\*MemoryError\*\* on line 1/, note: 'CPython refuses this request itself (more than 64 GiB)' },
  { name: 'bomb-list-1e8', python: '3.11', exit: 2, last: "stopped: the program tried to allocate a sequence of 100,000,000 items (more than heapsnake's limit of 10,000,000)", bot: BOT_STOP },
  { name: 'bomb-str-1e9', python: '3.11', exit: 2, last: "stopped: the program tried to build a string of 1,000,000,000 characters (more than heapsnake's limit of 10,000,000)", bot: BOT_STOP },
  { name: 'bomb-str-doubling', python: '3.11', exit: 2, last: "stopped: the program tried to build a string of 16,777,216 characters (more than heapsnake's limit of 10,000,000)", bot: BOT_STOP, botMayBeKilled: true },
  { name: 'bomb-int-10pow10pow8', python: '3.11', exit: 2, last: 'stopped: an integer would have more than 4,000,000 bits', bot: /\*\*Stopped:\*\* an integer would have more than 4,000,000 bits/ },
  { name: 'bomb-int-str-digits', python: '3.11', exit: 1, cpython: true, last: 'ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit', bot: /\*\*ValueError\*\* on line 1: Exceeds the limit \(4300 digits\)/ },
  { name: 'bomb-dict-comprehension', python: '3.11', exit: 2, last: TIME, bot: /\*\*Stopped:\*\* (the program had more than 100,000 live objects|this snippet ran past the 2 s limit)/, botMayBeKilled: true, note: 'a one-line comprehension is one step: the clock stops it' },
  { name: 'bomb-list-of-lists', python: '3.11', exit: 2, last: /^stopped: the program (ran more than 2,000,000 steps|ran longer than the time limit)$/, bot: BOT_STOP, botMayBeKilled: true },
  { name: 'bomb-nested-list-repr', python: '3.11', exit: 1, cpython: true, last: 'RecursionError: maximum recursion depth exceeded while getting the repr of an object', bot: /\*\*RecursionError\*\* on line 4: maximum recursion depth exceeded while getting the repr of an object|\*\*Stopped:\*\* this snippet ran past the 2 s limit/, botMs: 20_000, botMayBeKilled: true },
  { name: 'bomb-nested-list-repr', python: '3.14', exit: 2, last: /^NotSupported: the repr of a structure nested more than 500 levels deep on Python 3\.14 is not supported yet \(line 4\)/, bot: /^The repr of a structure nested more than 500 levels deep on Python 3\.14 is not modelled yet \(line 4\)|\*\*Stopped:\*\* this snippet ran past the 2 s limit/, botMs: 20_000, botMayBeKilled: true,
    note: 'CPython 3.14 stops at the C stack (RecursionError: Stack overflow (used N kB) …): documented refusal' },
  // ---- recursion
  { name: 'recursion-998', python: '3.11', exit: 0, cpython: true, last: '', stdout: '998\n', bot: /\*\*Output\*\*\n```\n998\n```/, botMayBeKilled: true, botMs: 15_000 },
  { name: 'recursion-999', python: '3.11', exit: 1, cpython: true, last: REC, bot: BOT_REC, botMayBeKilled: true, botMs: 15_000 },
  { name: 'recursion-1000', python: '3.11', exit: 1, cpython: true, last: REC, bot: BOT_REC, botMayBeKilled: true, botMs: 15_000 },
  { name: 'recursion-1000', python: '3.14', exit: 1, last: REC, bot: BOT_REC, botMayBeKilled: true, botMs: 15_000, note: 'CPython 3.14.10 gives the same line' },
  { name: 'recursion-5000', python: '3.11', exit: 1, cpython: true, last: REC, bot: BOT_REC, botMayBeKilled: true, botMs: 15_000 },
  { name: 'recursion-setrecursionlimit', python: '3.11', exit: 2, last: /^NotSupported: a recursion limit above 1000 is not supported yet \(line 2\)/, bot: /^A recursion limit above 1000 is not modelled yet \(line 2\)/ },
  // ---- nesting
  { name: 'nesting-brackets-199', python: '3.11', exit: 0, cpython: true, last: '', stdout: '1\n', bot: /\*\*Output\*\*\n```\n1\n```/ },
  { name: 'nesting-brackets-200', python: '3.11', exit: 0, cpython: true, last: '', stdout: '', bot: /\*\*Output\*\*\n\*\(no output\)\*/, note: 'CPython 3.11 and 3.14 accept 200 levels; 201 is the SyntaxError' },
  { name: 'nesting-parens-1000', python: '3.11', exit: 1, cpython: true, last: 'SyntaxError: too many nested parentheses', bot: /^SyntaxError on line 1: too many nested parentheses/ },
  { name: 'nesting-blocks-99-if', python: '3.11', exit: 0, cpython: true, last: '', stdout: 'deep\n', bot: /```\ndeep\n```/ },
  { name: 'nesting-finally-in-finally-20', python: '3.14', exit: 2, last: /^stopped: the compiled program has more than 1,000,000 instructions/, bot: /the compiled program has more than 1,000,000 instructions/,
    note: 'CPython 3.14 runs it after ~7 s of compiling (2^20 copies of the innermost finally body); heapsnake stops at its code-size limit (docs/limits.md)' },
  { name: 'nesting-blocks-100-if', python: '3.11', exit: 1, cpython: true, last: 'IndentationError: too many levels of indentation', bot: /^IndentationError on line 101: too many levels of indentation/ },
  { name: 'nesting-blocks-21-for', python: '3.11', exit: 1, cpython: true, last: 'SyntaxError: too many statically nested blocks', bot: /^SyntaxError on line 21: too many statically nested blocks/, note: 'CO_MAXBLOCKS is 20 in 3.11' },
  { name: 'nesting-blocks-21-for', python: '3.14', exit: 0, last: '', stdout: 'deep\n', bot: /```\ndeep\n```/, note: 'CPython 3.14.10 runs it: CO_MAXBLOCKS is 21 there (22 nested loops are the SyntaxError)' },
  // ---- size
  { name: 'size-64k-snippet', python: '3.11', exit: 0, cpython: true, last: '', stdout: '1806 823915\n', bot: /```\n1806 823915\n```|\*\*Stopped:\*\* this snippet ran past the 2 s limit/, botMayBeKilled: true, note: 'the bot\'s 2 s clock may stop it (the trace of 1,800 steps is slow)' },
  { name: 'size-100k-char-expression', python: '3.11', exit: 1, cpython: true, last: 'RecursionError: maximum recursion depth exceeded during compilation', bot: 'That file is 75,012 bytes; the limit is 64 KiB.', note: '3.11 counts 3,000 levels of statements and expressions while compiling' },
  { name: 'size-100k-char-expression', python: '3.14', exit: 0, last: '', stdout: '25000\n', bot: 'That file is 75,012 bytes; the limit is 64 KiB.', note: 'CPython 3.14.10 prints 25000 (3.12+ check the C stack, not a count of levels)' },
  { name: 'size-100k-char-line', python: '3.11', exit: 0, cpython: true, last: '', stdout: '100000\n', bot: 'That file is 100,021 bytes; the limit is 64 KiB.' },
  // ---- encodings and odd characters
  { name: 'chars-nul-byte', python: '3.11', exit: 1, cpython: true, last: 'SyntaxError: source code cannot contain null bytes', bot: '`snippet.py` is not UTF-8 text.' },
  { name: 'chars-invalid-utf8', python: '3.11', exit: 1, cpython: true, last: /^SyntaxError: Non-UTF-8 code starting with '\\xff' in file \/.*\/chars-invalid-utf8\.py on line 1, but no encoding declared; see https:\/\/peps\.python\.org\/pep-0263\/ for details$/, stdout: '', bot: '`snippet.py` is not UTF-8 text.' },
  { name: 'chars-invalid-utf8', python: '3.14', exit: 1, last: /^SyntaxError: Non-UTF-8 code starting with '\\xff' in file \/.*\/chars-invalid-utf8\.py on line 1, but no encoding declared; see https:\/\/peps\.python\.org\/pep-0263\/ for details$/, stdout: '', bot: '`snippet.py` is not UTF-8 text.', note: 'CPython 3.14.10 prints the same line after the source line and a caret' },
  { name: 'chars-mixed-tabs-spaces', python: '3.11', exit: 1, cpython: true, last: 'TabError: inconsistent use of tabs and spaces in indentation', bot: /^TabError on line 3: inconsistent use of tabs and spaces in indentation/ },
  { name: 'chars-rtl-text', python: '3.11', exit: 0, cpython: true, last: '', stdout: 'שלום \u202eabc\u202c 10\n', bot: /```\nשלום \u202eabc\u202c 10\n```/ },
  { name: 'chars-combining', python: '3.11', exit: 0, cpython: true, last: '', stdout: 'e\u0301\u0327\u0308 4 E\u0301\u0327\u0308\n', bot: /```\ne\u0301\u0327\u0308 4 E\u0301\u0327\u0308\n```/ },
  { name: 'chars-emoji-identifier', python: '3.11', exit: 1, cpython: true, last: "SyntaxError: invalid character '\u{1F40D}' (U+1F40D)", bot: "SyntaxError on line 1: invalid character '\u{1F40D}' (U+1F40D)" },
  { name: 'chars-nfkc-identifier', python: '3.11', exit: 0, cpython: true, last: '', stdout: '3\n', bot: /```\n3\n```/ },
  { name: 'chars-zero-width-identifier', python: '3.11', exit: 1, cpython: true, last: 'SyntaxError: invalid non-printable character U+200B', bot: 'SyntaxError on line 1: invalid non-printable character U+200B' },
  { name: 'chars-emoji-strings', python: '3.11', exit: 0, cpython: true, last: '', stdout: '\u{1F468}\u200d\u{1F469}\u200d\u{1F467} 5 False\n', bot: /5 False/ },
  // ---- the host and Discord
  { name: 'host-mentions-in-output', python: '3.11', exit: 0, cpython: true, last: '', stdout: '@everyone @here <@123456789012345678> <@&987654321098765432> look\n', bot: /```\n@everyone @here <@123456789012345678> <@&987654321098765432> look\n```/,
    note: 'printed as CPython prints it; the bot sends every message with allowed_mentions parse: [] (checked end to end)' },
  { name: 'host-dunder-import', python: '3.11', exit: 2, last: /^NotSupported: import of module 'os' is not supported yet \(line 1\)/, bot: '`import os` is not available (line 1): heapsnake simulates Python; it does not run it on a computer.' },
  { name: 'host-import-subprocess', python: '3.11', exit: 2, last: /^NotSupported: import of module 'subprocess' is not supported yet \(line 1\)/, bot: '`import subprocess` is not available (line 1): heapsnake simulates Python; it does not run it on a computer.' },
  { name: 'host-open-etc-passwd', python: '3.11', exit: 1, last: "FileNotFoundError: [Errno 2] No such file or directory: '/etc/passwd'", bot: /\*\*FileNotFoundError\*\* on line 1: \[Errno 2\] No such file or directory: '\/etc\/passwd'/,
    note: 'open() works on an in-memory filesystem that starts empty (CPython would read the host file)' },
  { name: 'host-exec', python: '3.11', exit: 2, last: `NotSupported: exec() is not supported yet (line 1): ${runtimeCode}`, bot: /^Exec\(\) is not modelled yet \(line 1\)/ },
  { name: 'host-eval', python: '3.11', exit: 2, last: `NotSupported: eval() is not supported yet (line 1): ${runtimeCode}`, bot: /^Eval\(\) is not modelled yet \(line 1\)/ },
  { name: 'host-builtins-exec-getattr', python: '3.11', exit: 2, last: `NotSupported: exec() is not supported yet (line 3): ${runtimeCode}`, bot: /^Exec\(\) is not modelled yet \(line 3\)/,
    note: '__builtins__ is the builtins module, as in CPython; exec found through it is refused like exec itself (CPython prints 2)' },
  { name: 'host-compile', python: '3.11', exit: 2, last: `NotSupported: compile() is not supported yet (line 1): ${runtimeCode}`, bot: /^Compile\(\) is not modelled yet \(line 1\)/ },
  // ---- finalizers and special methods
  { name: 'del-raises', python: '3.11', exit: 0, cpython: true, last: 'ValueError: boom in __del__', stdout: 'after\n', bot: /```\nafter\n```/ },
  { name: 'weakref-callback-raises', python: '3.11', exit: 0, cpython: true, last: 'RuntimeError: boom in callback', stdout: 'after\n', bot: /```\nafter\n```/ },
  { name: 'repr-raises', python: '3.11', exit: 1, cpython: true, last: 'ValueError: no repr for you', bot: /\*\*ValueError\*\* on line 3: no repr for you/ },
  { name: 'repr-recurses', python: '3.11', exit: 1, last: REC, bot: /\*\*RecursionError\*\* on line 3: maximum recursion depth exceeded/, botMayBeKilled: true,
    note: 'BUG: CPython\'s message ends "while calling a Python object"' },
  { name: 'repr-returns-int', python: '3.11', exit: 1, cpython: true, last: 'TypeError: __repr__ returned non-string (type int)', bot: /\*\*TypeError\*\* on line 4: __repr__ returned non-string \(type int\)/ },
  { name: 'self-ref-list', python: '3.11', exit: 0, cpython: true, last: '', stdout: '[[...]]\n[1, 2, [...]] [1, 2, [...]] [[1, 2, [...]], [1, 2, [...]]]\n', bot: /```\n\[\[\.\.\.\]\]\n/ },
  { name: 'self-ref-dict', python: '3.11', exit: 0, cpython: true, last: '', stdout: "{'self': {...}}\n[{'self': {...}}, {'d': {'self': {...}}}]\n", bot: /```\n\{'self': \{\.\.\.\}\}\n/ },
  { name: 'self-ref-mutual', python: '3.11', exit: 0, cpython: true, last: '', stdout: "[1, {'a': [...]}] {'a': [1, {...}]} ([1, {'a': [...]}], {'a': [1, {...}]})\n", bot: /\[1, \{'a': \[\.\.\.\]\}\]/ },
  // ---- ordinary endings that look hostile
  { name: 'exit-sys-exit', python: '3.11', exit: 3, cpython: true, last: '', stdout: 'bye\n', bot: /```\nbye\n```/ },
  { name: 'exit-sys-exit', python: '3.14', exit: 3, last: '', stdout: 'bye\n', bot: /```\nbye\n```/, note: 'CPython 3.14.10 exits 3 too' },
  { name: 'exit-input-eof', python: '3.11', exit: 1, cpython: true, last: 'EOFError: EOF when reading a line', stdout: 'name? ', bot: /\*\*EOFError\*\* on line 1: EOF when reading a line/ },
  { name: 'exc-huge-message', python: '3.11', exit: 1, cpython: true, last: 'ValueError: ' + 'x'.repeat(100000), bot: /^\*\*ValueError\*\* on line 1: x+/ },
  { name: 'empty-snippet', python: '3.11', exit: 0, cpython: true, last: '', stdout: '', bot: 'There is no code to run: give `code`, attach a `.py` file, or leave both empty to get a text box.' },
];

/** Inputs where heapsnake disagrees with CPython in a way no documented limit explains: reported, not asserted. */
export const KNOWN_BUGS: { name: string; python: Python; cpython: string; heapsnake: string }[] = [];
