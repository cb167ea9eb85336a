import sys
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts), "-".join(parts).strip("-"))
s = ""
for word in ["alpha", "beta", "gamma"]:
    s += word[0].upper() + word[1:] + " "
print(repr(s.rstrip()), len(s), sys.getsizeof(s))
print("abc" * 3, "-" * 10, "ab" + "cd" * 2, str(1) + str(2.0) + str(None) + str(True) + str([1]))
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
print("{:08.3f}|{:+d}|{:x}|{:o}|{:e}".format(3.14159, 5, 255, 8, 12345.678))
