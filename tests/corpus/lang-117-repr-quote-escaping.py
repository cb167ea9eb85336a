# checks: repr quoting rules for str: single vs double quotes, both quotes, backslashes, \n \t \r, control chars, unicode
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "line\nbreak", "tab\there", "back\\slash",
           "\r\x00\x1b\x7f", "café", "emoji 🐍", "\u200b", "", " ", "'", '"']
for s in samples:
    print(repr(s))
print(samples[:5])
print({"it's": 'say "hi"', "k": "a\nb"})
print(("it's",), ["'", '"'], [b"it's", b'"q"'])
print(str(["it's"]), f"{['x' + chr(10)]}")
print(len(repr("it's")), len(repr("a\nb")), repr(repr("x")))
