values = [0, 1, -1, 3.14159, -2.5, 1e6, 1234.5678, 0.000123, 100.0, 2**53]
for v in values:
    print(f"{v!r:>22} {v:>12.3f} {v:>12.2e} {v:>10g} {v:,}")
print(f"{1/3:.15f}", f"{2/3:.20f}", f"{0.1:.30f}")
print(round(123.456, -1), round(123.456, -2), round(-0.5), round(0.125, 2), round(0.375, 2))
print(format(1e100, ".3g"), format(123456789, ".3g"), format(0.0, "e"), format(-0.0, "f"))
print(f"{float('inf'):>8}", f"{float('nan'):.2f}", f"{-float('inf'):+}")
