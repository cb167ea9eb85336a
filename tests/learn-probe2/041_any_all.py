nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums))
print(any(n % 2 == 1 for n in nums))
print(all([]), any([]))
passwords = ["abc", "abc123", "ABCdef1"]
for p in passwords:
    ok = len(p) >= 6 and any(c.isdigit() for c in p) and any(c.isupper() for c in p)
    print(p, ok)
print(any([0, "", None]), all([1, "x", [0]]))
