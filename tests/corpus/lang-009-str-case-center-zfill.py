# checks: upper/lower/title/capitalize/swapcase/casefold, center/ljust/rjust, zfill, str.format basics
name = "gUIDO van rossum"
print(name.upper(), name.lower(), sep=" | ")
print(name.title(), name.capitalize(), name.swapcase(), sep=" | ")
print("[" + "hi".center(10) + "]")
print("[" + "hi".center(9, "*") + "]")
print("[" + "left".ljust(8, ".") + "]", "[" + "right".rjust(8) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
for i in (1, 12, 123):
    print(str(i).zfill(4), str(i).rjust(4, "0"))
print("Hello {}! You are {} years old.".format("Sam", 20))
print("{:^11}|{:<5}|{:>5}".format("menu", "a", "b"))
print("ß".casefold(), "ß".lower(), "ǅ".lower(), "ﬁ".upper())
