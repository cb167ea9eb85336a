# checks: operations that hand back the very same immutable object (s[:], t + (), tuple(t), s.strip() with nothing to strip, ...) and those that always build a new one
s = "hello world"
t = (1, 2, [3])
b = b"hello world"
fs = frozenset({1, 2})
cases = {
 "s[:]": s[:] is s, "s[0:]": s[0:] is s, "s[::1]": s[::1] is s, "s.strip": s.strip() is s, "s.lstrip": s.lstrip() is s,
 "s.replace-none": s.replace("x", "y") is s, "s.replace-0": s.replace("l", "L", 0) is s, "s.center": s.center(3) is s,
 "s.ljust": s.ljust(5) is s, "s.zfill": s.zfill(2) is s, "str(s)": str(s) is s, "s*1": s * 1 is s,
 "join1": "".join([s]) is s, "format": format(s) is s, "fstr": f"{s}" is s, "removeprefix": s.removeprefix("x") is s,
 "s+''": s + "" is s, "expandtabs": s.expandtabs() is s, "s.split": s.split()[0] is s, "s.partition": s.partition("x")[0] is s,
 "t[:]": t[:] is t, "tuple(t)": tuple(t) is t, "t*1": t * 1 is t, "t+()": t + () is t,
 "b[:]": b[:] is b, "bytes(b)": bytes(b) is b, "b*1": b * 1 is b, "b.strip": b.strip() is b, "b.replace-none": b.replace(b"x", b"y") is b,
 "bjoin1": b"".join([b]) is b, "frozenset(fs)": frozenset(fs) is fs, "fs.copy": fs.copy() is fs, "t.copy": t[0:len(t)] is t,
 "s.rstrip-arg": s.rstrip("x") is s, "s.capitalize-none": "Hello".capitalize() is "Hello",
}
print(" ".join(k for k, v in cases.items() if v))
print(" ".join(k for k, v in cases.items() if not v))
