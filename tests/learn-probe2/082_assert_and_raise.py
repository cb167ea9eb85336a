def average(nums):
    assert len(nums) > 0, "list is empty"
    return sum(nums) / len(nums)

print(average([1, 2, 3]))
try:
    average([])
except AssertionError as e:
    print("AssertionError:", e)

def check_age(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be int, not {type(age).__name__}")
    return age

try:
    check_age("5")
except TypeError as e:
    print(e)
