# checks: print() of strings vs containers of strings (element repr), str()/repr() differences, f-string !r of nested values
words = ["hello", "it's", 'a "quote"', "new\nline"]
for w in words:
    print(w)
print(words)
print(*words, sep=" | ")
print(str(words) == repr(words), str("x"), repr("x"))
pair = ("key", "value")
print(pair, pair[0], "%s" % (pair,), "{}".format(pair))
person = {"name": "O'Brien", "quote": 'He said "no"'}
print(person)
print(person["name"], person["quote"])
print(f"{person['name']!r} {words[1:2]} {words[0]!r:>10}")
print([1, "1", 1.0, "1.0", None, "None", True, "True"])
print("\\n is", len("\n"), "char;", repr("\\n"), "is", len("\\n"))
