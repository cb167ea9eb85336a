class MathUtils:
    PI = 3.14159
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def is_even(n):
        return n % 2 == 0
    @classmethod
    def circle_area(cls, r):
        return cls.PI * r * r

print(MathUtils.add(2, 3))
m = MathUtils()
print(m.is_even(4), MathUtils.is_even(5))
print(round(MathUtils.circle_area(2), 3))
print(type(MathUtils.__dict__["add"]).__name__)
