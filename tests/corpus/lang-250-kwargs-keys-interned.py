# checks: the keys keyword arguments put in a dict (**kwargs, dict(), dict.update()) are the interned names themselves: the same objects as equal identifier-like strs in the code
def collect(**kw):
    return kw
d = collect(alpha=1, beta=2)
name = "alpha"
print(list(d), [k is name for k in d])
e = dict(gamma=3)
e.update(delta=4)
g, h = "gamma", "delta"
print(list(e), [k is g or k is h for k in e])
words = "a b".split()
spaced = dict(**{words[0] + " " + words[1]: 5})
print(spaced, list(spaced)[0] == "a b")
