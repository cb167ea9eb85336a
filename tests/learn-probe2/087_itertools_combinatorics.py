from itertools import permutations, combinations, product, combinations_with_replacement

print(list(permutations("abc", 2)))
print(list(combinations([1, 2, 3, 4], 2)))
print(len(list(permutations(range(5)))))
print(list(product([0, 1], repeat=2)))
print(list(product("ab", [1, 2])))
print(list(combinations_with_replacement("xy", 2)))
