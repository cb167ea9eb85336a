# None's hash is a constant in 3.12+ (Objects/object.c: none_hash, 0xFCA86420), so where None lands in a set of
# ints shows it on 3.14 (on 3.11 it is the address: only membership is printed there). Then builtin functions'
# argument checks, in CPython's words.
import sys
for n in (5, 9, 20, 40, 100, 300):
    s = set(range(0, n * 32, 32)) | {None}
    print(n, None in s, len(s), list(s).index(None) if sys.version_info >= (3, 12) else "-")
print(hash(None) == 0xFCA86420 if sys.version_info >= (3, 12) else "address")

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("sum()", lambda: sum())
attempt("sum(1, 2, 3)", lambda: sum(1, 2, 3))
attempt("pow(1)", lambda: pow(1))
attempt("round(1, 2, 3)", lambda: round(1, 2, 3))
attempt("hex(None)", lambda: hex(None))
attempt("iter(1, 2)", lambda: iter(1, 2))
attempt("format(1, None)", lambda: format(1, None))
attempt("setattr(o, 2, 3)", lambda: setattr(object(), 2, 3))
attempt("hasattr(1, None)", lambda: hasattr(1, None))
