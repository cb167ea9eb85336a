# checks: sys.getsizeof of dicts with int keys vs str keys (unicode-keys tables are smaller per entry)
import sys

for n in [0, 1, 5, 6, 10, 11, 21, 22, 100]:
    ints = {i: None for i in range(n)}
    strs = {str(i): None for i in range(n)}
    print(n, sys.getsizeof(ints), sys.getsizeof(strs))
mixed = {"a": 1}
print("str keys    :", sys.getsizeof(mixed))
mixed[1] = 2
print("then int key:", sys.getsizeof(mixed))
# the small-table case of 3.11's calculate_log2_keysize
# checks: 3.11 resize when a non-str key enters a str-keys dict, or when churn exhausts usable slots with 1-2 live keys
m = {"a": 1}
print(sys.getsizeof(m))
m[1] = 2
print("int key into {'a': 1}:", sys.getsizeof(m))
d = {}
for i in range(5):
    d[i] = i
for i in range(4):
    del d[i]
print(len(d), sys.getsizeof(d))
d[100] = 1
print("churn resize with 1 live key:", len(d), sys.getsizeof(d))
