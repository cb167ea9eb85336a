// bytearray against CPython (expected outputs produced at test time by the real
// 3.11.7 and 3.14.10, see oracle.ts): Objects/bytearrayobject.c's ob_alloc rules
// as sys.getsizeof shows them, and the errors learners hit.
import { describeAgainstCPython, TRY } from './oracle.js';


describeAgainstCPython('bytearray', {
  'sizes (PyByteArray_Resize, constructors, append, extend, del, pop, clear)': `
import sys
s = sys.getsizeof
print("ctor", [s(bytearray()), s(bytearray(0)), s(bytearray(5)), s(bytearray(b'abc')), s(bytearray(b'')), s(bytearray(range(10))), s(bytearray([1,2,3])), s(bytearray((1,2,3))), s(bytearray(iter([1,2,3]))), s(bytearray('héllo', 'utf-8')), s(bytearray(bytearray(b'abcd'))), s(bytearray(range(0))), s(bytearray(range(100)))])
ba = bytearray(); out = []
for i in range(40):
    ba.append(i); out.append(s(ba))
print("appends", out)
ba = bytearray(); ba.extend(b'12345'); a = s(ba); ba.extend(b'x'*100); print("extend bytes", a, s(ba))
ba = bytearray(); ba.extend([1,2,3,4,5]); a = s(ba); ba.extend(range(100)); print("extend list/range", a, s(ba))
ba = bytearray(); ba.extend(iter([1,2,3])); print("extend iter", s(ba))
ba = bytearray(b'ab'); ba += b'x'*20; print("iadd", s(ba)); ba += b'y'; print("iadd2", s(ba))
ba = bytearray(range(40)); del ba[:25]; print("del front", len(ba), s(ba)); ba.append(1); print(" then append", s(ba)); ba.extend(b'z'*10); print(" then extend", s(ba))
ba = bytearray(range(40)); del ba[10:35]; print("del mid", len(ba), s(ba))
ba = bytearray(range(40)); del ba[5:10]; print("del mid small", len(ba), s(ba))
ba = bytearray(range(40)); ba.pop(); print("pop", s(ba)); 
for i in range(30): ba.pop()
print(" pops", len(ba), s(ba))
ba = bytearray(range(40)); ba.pop(0); print("pop0", s(ba))
ba = bytearray(range(40)); ba.clear(); print("clear", s(ba)); ba.append(1); print(" then append", s(ba))
ba = bytearray(b'abc'); ba[0:0] = b'xyz'; print("setslice ins", s(ba), ba)
ba = bytearray(b'abcdef'); ba[1:3] = b''; print("setslice del", s(ba), ba)
ba = bytearray(b'abcdef'); c = ba.copy(); print("copy", s(c)); print("slice", s(ba[1:4]), s(ba[0:0]), s(ba[::2]))
print("add", s(bytearray(b'ab') + b'cd'), s(bytearray(b'') + b''), s(bytearray(b'ab') + bytearray(b'c')))
ba = bytearray(10); del ba[0]; print("del0", s(ba)); del ba[-1]; print("del-1", s(ba))
ba = bytearray(b'x'*100); del ba[:60]; print("del60", s(ba)); ba.append(1); print(" app", s(ba))
ba = bytearray(b'x'*100); del ba[:40]; print("del40", s(ba)); ba.append(1); print(" app", s(ba)); ba += b'q'*5; print(" iadd5", s(ba))
ba = bytearray(b'x'*100); del ba[:40]; ba.pop(); print("del40pop", s(ba))
ba = bytearray(b'x'*100); del ba[:40]; ba.clear(); print("del40clear", s(ba))
ba = bytearray(range(20)); ba[0:0] = b'xyz'; print("ins20", s(ba))
print(s(bytearray([True, 2, 3])), s(bytearray((1, 2, 3))), s(bytearray([1, 2, True])), s(bytearray(b'ab') * 3), s(3 * bytearray(b'ab')))
ba = bytearray(b'abc'); ba *= 4; print("imul", s(ba), ba); ba *= 1; print(s(ba)); ba *= 0; print(s(ba), ba)
ba = bytearray(range(30)); del ba[::2]; print("del ext", s(ba), len(ba)); del ba[::-3]; print(s(ba), ba)
ba = bytearray(range(10)); ba[::2] = b'abcde'; print(ba, s(ba)); ba[2:5] = [1, 2]; print(ba, s(ba)); ba[3:3] = bytearray(b'QQ'); print(ba, s(ba))
ba = bytearray(b'abc'); ba[1:2] = ba; print(ba, s(ba)); ba.extend(ba); print(ba, s(ba))
`,
  'operations and errors': TRY + `
ba = bytearray(b"hello")
t(1, lambda: (ba, len(ba), ba[0], ba[-1], ba[1:3], ba[::-1], list(ba), 104 in ba, b"ell" in ba, bytearray(b"lo") in ba))
t(2, lambda: (ba == b"hello", b"hello" == ba, ba != bytearray(b"hello"), ba == "hello", ba < b"help", ba >= bytearray(b"hello")))
t(3, lambda: (bytes(ba), type(bytes(ba)).__name__, ba + b"!", b"!" + ba, type(b"!" + ba).__name__, ba + bytearray(b"?")))
t(4, lambda: (ba.decode(), ba.hex(), ba.hex(":"), ba.find(b"l"), ba.count(108), ba.startswith(b"he"), ba.endswith(b"x"), ba.isalpha(), ba.index(b"o")))
t(5, lambda: (bytearray(), bytearray(3), bytearray(b"\\x00'\\""), bytearray("héllo", "utf-8"), bytearray([65, 66]), bytearray(range(3)), bytearray(bytearray(b"x"))))
t(6, lambda: bytearray("abc"))
t(7, lambda: bytearray(5, "utf-8"))
t(8, lambda: bytearray(-1))
t(9, lambda: bytearray([256]))
t(10, lambda: bytearray([1, "a"]))
t(11, lambda: bytearray(1.5))
t(12, lambda: bytearray(b"x", errors="strict"))
def setit(i, v):
    b = bytearray(b"abc"); b[i] = v; return b
t(13, lambda: setit(0, 98))
t(14, lambda: setit(0, 256))
t(15, lambda: setit(0, -1))
t(16, lambda: setit(5, 1))
t(17, lambda: setit(5, 300))
t(18, lambda: setit(0, "a"))
t(19, lambda: setit("x", 1))
t(20, lambda: setit(slice(0, 1), 5))
t(21, lambda: setit(slice(0, 1), "ab"))
t(22, lambda: setit(slice(0, 3, 2), b"xyz"))
t(23, lambda: ba[10])
t(24, lambda: ba["a"])
t(25, lambda: bytearray().pop())
t(26, lambda: bytearray(b"a").pop(5))
t(27, lambda: (lambda b: (b.pop(), b.pop(0), b))(bytearray(b"abcd")))
t(28, lambda: bytearray(b"a").append(256))
t(29, lambda: bytearray(b"a").append("b"))
t(30, lambda: bytearray(b"a").append())
t(31, lambda: bytearray(b"a").extend(5))
t(32, lambda: bytearray(b"a").extend("bc"))
t(33, lambda: bytearray(b"a").extend([1, 300]))
t(34, lambda: bytearray(b"a") + 1)
t(35, lambda: bytearray(b"a") + "b")
t(36, lambda: hash(bytearray(b"a")))
t(37, lambda: {bytearray(b"a"): 1})
t(38, lambda: (lambda b: (b.clear(), b, b.copy() is b, b.copy() == b))(bytearray(b"xy")))
t(39, lambda: "s" in ba)
t(40, lambda: 300 in ba)
t(41, lambda: bytearray(b"a").clear(1))
def iadd(x):
    b = bytearray(b"a"); b += x; return b
t(42, lambda: iadd(b"bc"))
t(43, lambda: iadd(bytearray(b"d")))
t(44, lambda: iadd([1]))
t(45, lambda: [x for x in bytearray(b"ab")])
t(46, lambda: str(bytearray(b"a")))
import gc
t(47, lambda: (gc.is_tracked(bytearray(2)), gc.is_tracked(bytearray())))
t(48, lambda: bytearray(object()))
t(49, lambda: (lambda b: (b.__delitem__(0), b))(bytearray(b"abc")))
`,
});
