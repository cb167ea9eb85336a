price = 3.14159
qty = 42
big = 1234567.891
ratio = 0.4567
print(f"Price: {price:.2f}")
print(f"Qty: {qty:5d}|")
print(f"Qty: {qty:<5}|")
print(f"Qty: {qty:^7}|")
print(f"Padded: {qty:05d}")
print(f"Big: {big:,.2f}")
print(f"Ratio: {ratio:.1%}")
print(f"Hex: {255:x} {255:#x} {255:08b}")
print(f"Sci: {big:.3e}")
name = "Ann"
print(f"[{name:>10}]")
print(f"[{name:*^10}]")
