# checks: a generator expression holds an iterator over its source list until it is exhausted
import sys

source = [10, 20, 30]
print("source alone:", sys.getrefcount(source))
gen = (x + 1 for x in source)
print("with genexp :", sys.getrefcount(source))
print("first value :", next(gen))
print("partially consumed:", sys.getrefcount(source))
print("rest:", list(gen))
print("exhausted   :", sys.getrefcount(source))
gen2 = (x for x in source)
del gen2
print("unstarted genexp deleted:", sys.getrefcount(source))
