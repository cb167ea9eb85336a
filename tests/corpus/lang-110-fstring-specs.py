# checks: f-string format specs: width/align (> < ^), fill, 08.3f, thousands ',', '%', x/#x/b, !r/!s, nested width
name, qty, price = "widget", 1234567, 3.14159
print(f"[{name:>10}] [{name:<10}] [{name:^10}] [{name:*^11}]")
print(f"{price:08.3f} {price:.2f} {price:10.1f}| {-price:+.1f} {price:+.1f}")
print(f"{qty:,} {qty:_} {qty:>12,} {1234.5678:,.2f}")
print(f"{0.256:%} {0.256:.1%} {1:.0%} {2 / 3:.2%}")
print(f"{255:x} {255:X} {255:#x} {255:#010x} {5:b} {5:#b} {8:o}")
print(f"{name!r} {name!s} {'it' + chr(39) + 's'!r} {[name]!s}")
print(f"{42:5d}|{42:<5d}|{42:^5d}|{42:05d}|{-42:05d}|{42:+d}")
width, prec = 12, 3
print(f"[{price:{width}.{prec}f}] [{name:>{width}}]")
print(f"{1e6:e} {1e6:.2e} {123.456:g} {1e-7:g} {1234567.0:g}")
total = qty * price
print(f"{'total':<8}{total:>16,.2f}")
print(f"{qty=} {price=:.1f} {name = }")
print(f"{{literal braces}} {3 + 4} {'yes' if qty > 5 else 'no'} {len(name)}")
for item, cost in [("tea", 3.5), ("cake", 12.25), ("juice", 0.99)]:
    print(f"{item:.<10}{cost:>7.2f}")
