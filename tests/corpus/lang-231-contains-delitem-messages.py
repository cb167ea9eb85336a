# checks: the TypeErrors of `in` on a non-iterable (3.14: "not a container or iterable") and of del on an immutable item (both: "doesn't support item deletion")
class Box:
    pass
def del_char():
    s = "ab"
    del s[0]
for what, probe in [("int", lambda: 1 in 5), ("Box", lambda: 1 in Box()), ("str del", del_char)]:
    try:
        probe()
    except TypeError as e:
        print(what, "->", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
print(2 in Box())
