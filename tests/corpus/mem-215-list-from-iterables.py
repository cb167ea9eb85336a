# checks: list(x), [*x], list.extend and += sizes from str, range, dict, set, dict views, generators (list_preallocate_exact, length hints, 3.13+ list_extend_dict/list_extend_set)
import sys
for n in range(0, 12, 2):
    d = dict.fromkeys(range(n), 0)
    s = set(range(n))
    row = [sys.getsizeof(list(d)), sys.getsizeof(list(s)), sys.getsizeof(list(d.items())), sys.getsizeof(list(d.values()))]
    row += [sys.getsizeof(list("x" * n)), sys.getsizeof(list(range(n))), sys.getsizeof([*d]), sys.getsizeof(list(x for x in range(n)))]
    grown = [0]
    grown.extend(d)
    more = [0]
    more += s
    row += [sys.getsizeof(grown), sys.getsizeof(more), sys.getsizeof(sorted(s)), sys.getsizeof(list(frozenset(s)))]
    print(n, row)
