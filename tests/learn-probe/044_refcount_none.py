import sys
a = "some_unique_string_for_test"
print(sys.getrefcount(a))
b = [a] * 5
print(sys.getrefcount(a))
