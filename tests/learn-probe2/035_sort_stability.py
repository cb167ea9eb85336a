data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
step1 = sorted(data, key=lambda x: x[0])
step2 = sorted(step1, key=lambda x: x[1])
print(step2)
print(sorted([3, 1, 2], reverse=True))
print(sorted("hello"))
print(sorted({"z": 1, "a": 2}))
print(sorted([[3, 1], [1, 2], [1, 1]]))
try:
    sorted([1, "2", 3])
except TypeError as e:
    print(e)
