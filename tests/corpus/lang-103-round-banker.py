# checks: round() uses banker's rounding (half to even), ndigits incl. negative, float representation effects
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]:
    print(x, "->", round(x))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.7), type(round(3.7)).__name__, type(round(3.7, 0)).__name__)
print(round(1234567, -3), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5), round(-7))
print(round(1e20), round(0.1 + 0.2, 15), round(2.5, None))
prices = [19.995, 4.445, 10.005]
print([round(p, 2) for p in prices])
print(f"{2.675:.2f}", f"{0.125:.2f}", f"{2.5:.0f}", f"{3.5:.0f}")
