s = "memory"
print(s[:] is s)
print(s[0:len(s)] is s)
print(s[0:3] is s)
t = (1, 2, 3)
print(t[:] is t)
lst = [1, 2, 3]
print(lst[:] is lst)
print(s[0] is "m")
