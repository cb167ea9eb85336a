# checks: str size depends on the widest character (1, 2 or 4 bytes per char, PEP 393)
import sys

samples = {
    "empty": "",
    "ascii": "a",
    "latin1": "\u00e9",
    "bmp": "\u20ac",
    "astral": "\U0001F600",
}
for name, s in samples.items():
    print(f"{name:7s} len={len(s)} size={sys.getsizeof(s)}")
print("ascii x10 :", sys.getsizeof("a" * 10))
print("latin1 x10:", sys.getsizeof("\u00e9" * 10))
print("bmp x10   :", sys.getsizeof("\u20ac" * 10))
print("astral x10:", sys.getsizeof("\U0001F600" * 10))
print("mixed     :", sys.getsizeof("a" * 9 + "\U0001F600"))
