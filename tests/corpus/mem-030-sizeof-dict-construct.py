# checks: getsizeof of small dicts built in different ways
import sys

print("{}            :", sys.getsizeof({}))
print("dict()        :", sys.getsizeof(dict()))
print("dict(a=1)     :", sys.getsizeof(dict(a=1)))
print("{'a': 1}      :", sys.getsizeof({"a": 1}))
print("{1: 'a'}      :", sys.getsizeof({1: "a"}))
print("dict.fromkeys :", sys.getsizeof(dict.fromkeys(range(5))))
print("5-key literal :", sys.getsizeof({0: 0, 1: 1, 2: 2, 3: 3, 4: 4}))
print("comprehension :", sys.getsizeof({i: i for i in range(5)}))
print("zip           :", sys.getsizeof(dict(zip(range(5), range(5)))))
