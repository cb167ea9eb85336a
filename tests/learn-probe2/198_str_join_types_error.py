nums = [1, 2, 3]
try:
    print(", ".join(nums))
except TypeError as e:
    print(e)
print(", ".join(map(str, nums)), ", ".join(str(n) for n in nums))
print("".join([]), "-".join("abc"), " ".join(["one"]))
try:
    "x".join([None])
except TypeError as e:
    print(e)
print(str(nums), repr("a'b"), repr('a"b'), repr("a'b\"c"), str(b"x"), repr(1.0))
