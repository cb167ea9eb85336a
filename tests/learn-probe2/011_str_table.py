rows = [("Apple", 1.5, 10), ("Banana", 0.25, 150), ("Cherry", 12.0, 3)]
print("Name".ljust(10) + "Price".rjust(8) + "Qty".rjust(6))
print("-" * 24)
for name, price, qty in rows:
    print(name.ljust(10) + f"{price:.2f}".rjust(8) + str(qty).rjust(6))
print("TOTAL".center(24, "="))
print("7".zfill(3), "-7".zfill(4))
