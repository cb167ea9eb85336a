# checks: seed post claim "the GC cannot collect circular references": gc.collect() does collect them
import gc
import weakref

gc.disable()
gc.collect()

class Person:
    pass

alice, bob = Person(), Person()
alice.friend = bob
bob.friend = alice
watch = weakref.ref(alice)
del alice, bob
print("alive after del (cycle):", watch() is not None)
found = gc.collect()
print("gc.collect() found objects:", found > 0)
print("alive after collect:", watch() is not None)
print("garbage list:", gc.garbage)
