# checks: complex objects: getsizeof, constants shared within a code object, fresh results, +z is z
import sys
a = 1 + 2j
b = 1 + 2j
c = complex(1, 2)
print(sys.getsizeof(a), sys.getsizeof(0j), sys.getsizeof(complex(1e300, -1e300)))
print(a is b, a is c, a == c)
def f():
    return 1 + 2j
print(f() is f(), f() is a)
print(+a is a, -a is -a, complex(a) is a, a.conjugate() is a)
x = 2j
y = x * 1
print(x is y, x == y)
nums = [1j * k for k in range(3)]
print(nums, [sys.getsizeof(n) for n in nums])
print(a.real is a.real, type(a.real).__name__)
