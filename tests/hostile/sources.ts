// The hostile inputs themselves (no expectations here: see cases.ts).
// Each is a program as the CLI reads it from a file: a string, or raw bytes
// for inputs that are not valid UTF-8.

const rec = (n: number): string => `def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(${n}))\n`;

/** 64 KiB exactly: many short statements and a final print. */
function snippet64k(): string {
  const tail = 'print(len(data), sum(data))\n';
  let s = 'data = []\n';
  let i = 0;
  while (s.length + tail.length + 30 < 65536) { s += `data.append(${i % 1000})  # filler line ${i}\n`; i++; }
  s += tail;
  return s + '#'.repeat(65536 - s.length - 1) + '\n';
}

export const SOURCES: Record<string, string | Uint8Array> = {
  // ---- infinite loops
  'loop-while-true': 'while True:\n    pass\n',
  'loop-counter': 'i = 0\nwhile True:\n    i += 1\n',
  'loop-for-over-growing-list': 'xs = [0]\nfor x in xs:\n    xs.append(x + 1)\n',
  // one line that loops inside a builtin: `in` and index() compare a str with each of 10**12 ints
  'loop-range-contains-str': 'print("a" in range(10**12))\n',
  'loop-infinite-generator-list': 'def naturals():\n    n = 0\n    while True:\n        yield n\n        n += 1\nprint(len(list(naturals())))\n',
  'loop-itertools-count-list': 'import itertools\nxs = list(itertools.count())\n',
  'loop-generator-recursion': 'def g():\n    yield from g()\nlist(g())\n',
  'loop-try-finally-continue': 'while True:\n    try:\n        break\n    finally:\n        continue\n',
  'loop-sum-huge-range': 'print(sum(range(10**12)))\n',
  // ---- output floods
  'flood-print-loop': 'while True:\n    print("spam " * 100)\n',
  'flood-one-print': 'print("x" * 2_000_000)\n',
  'flood-star-range': 'print(*range(10**6))\n',
  // ---- memory bombs
  'bomb-list-1e10': 'x = [0] * 10**10\n',
  'bomb-list-1e8': 'x = [0] * 10**8\n',
  'bomb-str-1e9': 's = "a" * 10**9\n',
  'bomb-str-doubling': 's = "a"\nwhile True:\n    s += s\n',
  'bomb-int-10pow10pow8': 'x = 10**10**8\n',
  'bomb-int-str-digits': 'print(10**5000)\n',
  'bomb-dict-comprehension': 'd = {i: str(i) for i in range(10**8)}\n',
  'bomb-list-of-lists': 'xs = []\nwhile True:\n    xs.append([xs])\n',
  'bomb-nested-list-repr': 'x = []\nfor i in range(3000):\n    x = [x]\nprint(x)\n',
  // ---- recursion
  'recursion-998': rec(998),
  'recursion-999': rec(999),
  'recursion-1000': rec(1000),
  'recursion-5000': rec(5000),
  'recursion-setrecursionlimit': 'import sys\nsys.setrecursionlimit(100000)\n' + rec(50000),
  // ---- nesting
  'nesting-brackets-199': 'x = ' + '['.repeat(199) + ']'.repeat(199) + '\nprint(len(x))\n',
  'nesting-brackets-200': 'x = ' + '['.repeat(200) + ']'.repeat(200) + '\n',
  'nesting-parens-1000': 'x = ' + '('.repeat(1000) + '1' + ')'.repeat(1000) + '\n',
  // try/finally nested in each finally body: CPython compiles every finally body twice, so the code doubles per level
  'nesting-finally-in-finally-20': Array.from({ length: 20 }, (_, i) => ' '.repeat(4 * i) + 'try:\n' + ' '.repeat(4 * i + 4) + 'pass\n' + ' '.repeat(4 * i) + 'finally:').join('\n') + '\n' + ' '.repeat(80) + 'x = 1\nprint(x)\n',
  'nesting-blocks-99-if': Array.from({ length: 99 }, (_, i) => ' '.repeat(i) + 'if True:').join('\n') + '\n' + ' '.repeat(99) + 'print("deep")\n',
  'nesting-blocks-100-if': Array.from({ length: 100 }, (_, i) => ' '.repeat(i) + 'if True:').join('\n') + '\n' + ' '.repeat(100) + 'print("deep")\n',
  'nesting-blocks-21-for': Array.from({ length: 21 }, (_, i) => ' '.repeat(i) + `for i${i} in [0]:`).join('\n') + '\n' + ' '.repeat(21) + 'print("deep")\n',
  // ---- size
  'size-64k-snippet': snippet64k(),
  'size-100k-char-line': 'x = "' + 'a'.repeat(100_000) + '"\nprint(len(x))\n',
  'size-100k-char-expression': 'x = ' + Array.from({ length: 25_000 }, () => '1').join('+ ') + '\nprint(x)\n',
  // ---- encodings and odd characters
  'chars-nul-byte': 'print(1)\n\0print(2)\n',
  'chars-invalid-utf8': new Uint8Array([...Buffer.from('print("'), 0xff, 0xfe, ...Buffer.from('")\n')]),
  'chars-mixed-tabs-spaces': 'if True:\n        x = 1\n\ty = 2\nprint(x)\n',
  'chars-rtl-text': 's = "\u05e9\u05dc\u05d5\u05dd \u202eabc\u202c"\nprint(s, len(s))\n',
  'chars-combining': 's = "e\u0301\u0327\u0308"\nprint(s, len(s), s.upper())\n',
  'chars-emoji-identifier': '\u{1F40D} = 1\nprint(\u{1F40D})\n',
  'chars-nfkc-identifier': '\ufb01x = 3\nprint(fix)\n',
  'chars-zero-width-identifier': 'a\u200b = 1\n',
  'chars-emoji-strings': 's = "\u{1F468}\u200d\u{1F469}\u200d\u{1F467}"\nprint(s, len(s), s[::-1] == s)\n',
  // ---- reaching the host / Discord
  'host-mentions-in-output': 'print("@everyone @here <@123456789012345678> <@&987654321098765432> look")\n',
  'host-dunder-import': 'os = __import__("os")\nprint(os.getcwd())\n',
  'host-import-subprocess': 'import subprocess\nsubprocess.run(["ls"])\n',
  'host-open-etc-passwd': 'print(open("/etc/passwd").read())\n',
  'host-exec': 'exec("print(1)")\n',
  'host-eval': 'print(eval("1 + 1"))\n',
  'host-compile': 'c = compile("x = 1", "<s>", "exec")\n',
  'host-builtins-exec-getattr': 'import sys\nf = getattr(__builtins__, "ex" + "ec")\nf("print(2)")\n',
  // ---- finalizers and special methods
  'del-raises': 'class A:\n    def __del__(self):\n        raise ValueError("boom in __del__")\na = A()\ndel a\nprint("after")\n',
  'weakref-callback-raises': 'import weakref\nclass A:\n    pass\ndef cb(r):\n    raise RuntimeError("boom in callback")\na = A()\nr = weakref.ref(a, cb)\ndel a\nprint("after")\n',
  'repr-raises': 'class A:\n    def __repr__(self):\n        raise ValueError("no repr for you")\nprint([A()])\n',
  'repr-recurses': 'class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n',
  'repr-returns-int': 'class A:\n    def __repr__(self):\n        return 42\nprint(repr(A()))\n',
  'self-ref-list': 'a = []\na.append(a)\nprint(a)\nb = [1, 2]\nb.append(b)\nprint(b, str(b), repr([b, b]))\n',
  'self-ref-dict': 'd = {}\nd["self"] = d\nprint(d)\nprint([d, {"d": d}])\n',
  'self-ref-mutual': 'a = [1]\nb = {"a": a}\na.append(b)\nt = (a, b)\nprint(a, b, t)\n',
  // ---- ordinary endings that look hostile
  'exit-sys-exit': 'import sys\nprint("bye")\nsys.exit(3)\n',
  'exit-input-eof': 'name = input("name? ")\n',
  'exc-huge-message': 'raise ValueError("x" * 100000)\n',
  'empty-snippet': '',
};
