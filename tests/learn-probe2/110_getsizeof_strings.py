import sys

for s in ["", "a", "ab", "hello world", "é", "日本", "😀"]:
    print(repr(s), len(s), sys.getsizeof(s))
base = sys.getsizeof("")
print(sys.getsizeof("x" * 100) - base)
print(sys.getsizeof(b""), sys.getsizeof(b"abc"))
print(sys.getsizeof(bytearray(b"abc")) > sys.getsizeof(b"abc"))
