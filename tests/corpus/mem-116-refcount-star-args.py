# checks: *args packs arguments into a tuple that holds references during the call
import sys

def count_refs(*args):
    print("  len(args):", len(args))
    print("  refcount of first arg:", sys.getrefcount(args[0]))

item = [1, 2, 3]
print("before call:", sys.getrefcount(item))
count_refs(item)
count_refs(item, item, item)
stored = []

def keep(*args):
    stored.append(args)

keep(item, item)
print("after storing args tuple:", sys.getrefcount(item))
stored.clear()
print("after clear:", sys.getrefcount(item))
