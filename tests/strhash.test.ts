// str and bytes hashes (Python/pyhash.c: siphash13 with the key PYTHONHASHSEED=0 gives) and the set
// orders they make, against both real interpreters run with PYTHONHASHSEED=0 (src/core/strhash.ts).
import { describeAgainstCPython } from './stdlib/oracle.js';

// the interpreters spawned by runBoth inherit this worker's environment
process.env.PYTHONHASHSEED = '0';

describeAgainstCPython('str/bytes hash and string set order (PYTHONHASHSEED=0)', {
  'hash of str of each PEP 393 kind and of bytes': `
for w in ['', 'a', 'n', 'hello world!', 'abcdefgh', 'abcdefghijk', 'é', '日本', '😀', 'x' * 9, 'héllo wörld', 'mixed 日本 and 😀']:
    print(repr(w), hash(w), hash(w.encode()))
`,
  'set order of strings built at run time': `
print(set("banana"), set("mississippi"))
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words))
s = set()
for w in ["red", "green", "blue", "yellow", "black", "white", "orange", "purple", "pink", "grey"]:
    s.add(w)
print(s)
d = dict.fromkeys("abcd", 0)
print(d.keys() - {"a"}, d.keys() | {"z"}, {w.upper() for w in words})
print(hash(("a", 1)), hash(frozenset(words)))
`,
});
