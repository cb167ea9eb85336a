# checks: a printed ASCII str stays referenced by sys.stdout's pending buffer until a flush (Modules/_io/textio.c: pending_bytes), once per time it was written
import sys
s = "hello world"
print(sys.getrefcount(s))
print(s)
print(sys.getrefcount(s))
t = "".join(["ab", "cd"])
print(t, t, sep=t)
print(sys.getrefcount(t))
print(t, flush=True)
print(sys.getrefcount(t))
u = "caf\u00e9 x"
print(u)
print(sys.getrefcount(u))
big = "x" * 9000
print(big[:3])
print(sys.getrefcount(t))
