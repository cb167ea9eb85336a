# checks: itertools chain/chain.from_iterable, product (repeat), permutations, combinations, groupby (sorted first), accumulate, zip_longest
from itertools import chain, product, permutations, combinations, groupby, accumulate, zip_longest, starmap
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(product("ab", [0, 1])))
print(["".join(p) for p in product("01", repeat=3)])
print(list(permutations([1, 2, 3])), len(list(permutations(range(5), 2))))
print(list(combinations("abcd", 2)))
data = [("fruit", "apple"), ("veg", "kale"), ("fruit", "fig"), ("veg", "leek"), ("fruit", "kiwi")]
for key, group in groupby(sorted(data), key=lambda kv: kv[0]):
    print(key, [name for _, name in group])
print([(k, len(list(g))) for k, g in groupby("aaabccdddd")])
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(zip_longest("abc", [1], fillvalue="-")), list(starmap(pow, [(2, 3), (3, 2)])))
