# checks: sys.getsizeof of strings made by slicing, join, repetition and f-strings (size follows length and widest char)
import sys

s = "hello world, this is a sentence"
print("full        :", len(s), sys.getsizeof(s))
print("s[:5]       :", sys.getsizeof(s[:5]))
print("s[::2]      :", sys.getsizeof(s[::2]))
print("s[:0]       :", sys.getsizeof(s[:0]))
print("s[:1]       :", sys.getsizeof(s[:1]))
words = s.split()
print("words sizes :", [sys.getsizeof(w) for w in words])
joined = "-".join(words)
print("joined      :", len(joined), sys.getsizeof(joined))
print("ab * 10     :", sys.getsizeof("ab" * 10))
n = 42
print("f-string    :", sys.getsizeof(f"n={n}"))
wide = "caf\u00e9" + "x" * 5
print("latin-1     :", len(wide), sys.getsizeof(wide))
print("ascii slice :", sys.getsizeof(wide[4:]))
emoji = "ok\U0001F600"
print("emoji str   :", sys.getsizeof(emoji))
print("emoji [:2]  :", sys.getsizeof(emoji[:2]))
