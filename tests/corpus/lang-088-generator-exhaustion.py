# checks: generators and map/filter/zip objects are single-use; list() twice gives empty second time
gen = (n * 2 for n in range(4))
print(list(gen), list(gen))
m = map(str.upper, ["a", "b"])
print(list(m), list(m))
f = filter(None, [0, 1, "", "x", None, 2])
print(list(f), list(f))
z = zip("ab", [1, 2])
print(dict(z), dict(z))
e = enumerate("hi")
print(list(e), list(e))
def numbers():
    yield 1
    yield 2
g = numbers()
print(3 in g, list(g))
g = numbers()
print(1 in g, list(g))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
nums = [1, 2, 3]
print(list(range(3)), list(range(3)), len(nums), len(nums))
squares = map(lambda n: n * n, nums)
nums.append(4)
print(list(squares))
