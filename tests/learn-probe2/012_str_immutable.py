s = "hello"
old_id = id(s)
try:
    s[0] = "H"
except TypeError as e:
    print("Error:", e)
s = "H" + s[1:]
print(s, id(s) == old_id)
t = s
s += "!"
print(s, t, s is t)
print(s.upper() is s)
