# checks: refcount changes of the empty tuple, empty string and empty bytes singletons
import sys

print("huge refcounts:", sys.getrefcount(()) > 10**8, sys.getrefcount("") > 10**8, sys.getrefcount(b"") > 10**8)
before = sys.getrefcount(())
many = [tuple() for _ in range(500)]
print("delta after 500 x tuple():", sys.getrefcount(()) - before)
print("all the same object:", all(t is many[0] for t in many))
s0 = sys.getrefcount("")
strs = ["abc"[3:] for _ in range(300)]
print("delta after 300 empty slices:", sys.getrefcount("") - s0)
print("all the same object:", all(s is strs[0] for s in strs))
