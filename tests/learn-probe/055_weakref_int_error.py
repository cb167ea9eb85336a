import weakref
try:
    r = weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
try:
    r = weakref.ref([1, 2])
except TypeError as e:
    print("TypeError:", e)
