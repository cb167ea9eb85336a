def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))
print(double.__closure__[0].cell_contents)
multipliers = [make_multiplier(i) for i in range(1, 4)]
print([m(10) for m in multipliers])
import sys
print(sys.getrefcount(double))
