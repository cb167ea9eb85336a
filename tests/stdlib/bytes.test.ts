// bytes methods against CPython (expected outputs produced at test time by the
// real 3.11.7 and 3.14.10, see oracle.ts), including the errors learners hit.
import { describeAgainstCPython, TRY } from './oracle.js';


describeAgainstCPython('bytes methods', {
  'split and rsplit': TRY + `
t(1, lambda: b"a,b,,c".split(b","))
t(2, lambda: b"  one \\t two\\nthree  ".split())
t(3, lambda: b"a b c d".split(None, 2))
t(4, lambda: b"a b c d".rsplit(None, 2))
t(5, lambda: b"a,b,c".rsplit(b",", 1))
t(6, lambda: b"x\\x85y\\xa0z\\x1cw".split())
t(7, lambda: b"abc".split(b""))
t(8, lambda: b"abc".split(","))
t(9, lambda: b"".split())
t(10, lambda: b"a--b--c".split(b"--", maxsplit=1))
t(11, lambda: b"aaa".rsplit(b"aa"))
t(12, lambda: (b'a b  c '.split(None, 1), b' a  b c'.rsplit(None, 1), b'a b\n'.split(maxsplit=1), b'  a b  c '.split(maxsplit=0)))
t(13, lambda: ('a b  c '.split(None, 1), ' a  b c'.rsplit(None, 1), 'a b\n'.split(maxsplit=1), '  a b  c '.split(maxsplit=0)))
`,
  'strip family': TRY + `
t(1, lambda: b"  hi \\n".strip())
t(2, lambda: b"xxhixx".strip(b"x"))
t(3, lambda: b"xxhixx".lstrip(b"x"))
t(4, lambda: b"xxhixx".rstrip(b"x"))
t(5, lambda: b"\\xa0hi\\xa0".strip())
t(6, lambda: b"hi".strip("h"))
t(7, lambda: b"abc".strip(None))
`,
  'find index count startswith endswith': TRY + `
v = b"hello world, hello"
t(1, lambda: (v.find(b"lo"), v.rfind(b"lo"), v.find(b"zz"), v.find(111), v.find(b"l", 5, 10)))
t(2, lambda: (v.index(b"world"), v.rindex(b"hello")))
t(3, lambda: v.index(b"zz"))
t(4, lambda: v.find("lo"))
t(5, lambda: v.count(b"l"))
t(6, lambda: (v.count(b""), v.count(b"l", -5), v.count(108)))
t(7, lambda: v.count(300))
t(8, lambda: (v.startswith(b"hell"), v.endswith((b"x", b"llo")), v.startswith(b"world", 6), v.endswith(b"hello", 0, 5)))
t(9, lambda: v.startswith("h"))
t(10, lambda: (b"".find(b""), b"abc".find(b"", 10), b"abc".rfind(b"")))
`,
  'replace join removeprefix': TRY + `
t(1, lambda: b"a-b-c".replace(b"-", b"+"))
t(2, lambda: b"a-b-c".replace(b"-", b"", 1))
t(3, lambda: b"abc".replace(b"", b"."))
t(4, lambda: b"abc".replace(b"", b".", 2))
t(5, lambda: b"abc".replace("a", "b"))
t(6, lambda: b", ".join([b"x", b"y", b"z"]))
t(7, lambda: b"".join([]))
t(8, lambda: b",".join([b"a", "b"]))
t(9, lambda: (b"prefix-body".removeprefix(b"prefix-"), b"body.py".removesuffix(b".py"), b"x".removeprefix(b"")))
t(10, lambda: b"aaa".replace(b"a", b"b", count=1))
t(11, lambda: b"abc".find(b"b", 1.0))
t(12, lambda: "abc".find("b", 1.0))
t(13, lambda: b"abc"[1.0 if len("x") else 0])
`,
  'classes, hex, fromhex, bytes(str, encoding)': TRY + `
t(1, lambda: (b"123".isdigit(), b"".isdigit(), b"abC".isalpha(), b"a1".isalnum(), b" \\t".isspace(), b"\\xa0".isspace()))
t(2, lambda: (b"abc1".islower(), b"ABC1".isupper(), b"123".islower(), b"aB".isupper(), b"\\x80".isascii(), b"a".isascii()))
t(3, lambda: (b"\\x00\\xff\\x10".hex(), b"\\x00\\xff\\x10".hex(":"), b"ab".hex(b"-")))
t(4, lambda: b"ab".hex("::"))
t(5, lambda: bytes.fromhex("de ad\\tbe ef"))
t(6, lambda: bytes.fromhex("zz"))
t(7, lambda: bytes.fromhex("a"))
t(8, lambda: bytes.fromhex("ab c"))
t(9, lambda: (bytes("\\xe9", "latin-1"), bytes("\\xe9", "utf-8"), bytes("ok", encoding="ascii")))
t(10, lambda: bytes("\\xe9", "ascii"))
t(11, lambda: bytes("x"))
`,
});

describeAgainstCPython('str whitespace is Python\'s, not JavaScript\'s \\s', {
  'split, strip and isspace on U+001C, U+0085, U+FEFF': `
s = "a\\x1cb\\x85c\\ufeffd\\u2028e"
print(s.split())
print(repr("\\x1c x \\x85".strip()), repr("\\ufeffx".strip()))
print([c.isspace() for c in "\\x1c\\x1f\\x85\\xa0\\ufeff\\u200b\\u3000"])
`,
});

describeAgainstCPython('iterators over str, bytes and bytearray', {
  'types, tracking, sizes, and a bytearray growing while it is iterated': `
import gc, sys
for s in ("a", "\\xe9", b"x", bytearray(b"y")):
    it = iter(s)
    print(type(it).__name__, gc.is_tracked(it), sys.getsizeof(it), it.__length_hint__() if hasattr(it, "__length_hint__") else "-")
ba = bytearray(b"abc")
out = []
for x in ba:
    out.append(x)
    if len(ba) < 5:
        ba.append(120)
print(out, list(iter(b"hi")))
`,
});
