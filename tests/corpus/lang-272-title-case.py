# checks: str.title/capitalize use titlecase (ß -> Ss, ǆ -> ǅ) and final sigma; isupper/islower/istitle follow CPython's loops over the Uppercase/Lowercase/Lt properties (Objects/unicodeobject.c: do_title, do_capitalize, do_swapcase, unicode_istitle_impl)
words = ["hello world", "they're bill's friends", "ß straße", "ǆungla ǉubav", "ﬁsh ﬂour", "o'neil mc-donald", "hello_world", "3rd place", "ΣΑΣ ΟΔΟΣ", "ªb", "ǅx", "x1y z2z", "İstanbul", "ŉ"]
for w in words:
    print(repr(w.title()), repr(w.capitalize()), w.istitle(), w.title().istitle(), repr(w.upper()), repr(w.swapcase()))
for w in ["HELLO", "hello", "Hello World", "HELLO world", "123", "ABC1", "abc!", "ǅ", "Ǆ", "ǆ", "ª", "ªA", "Aª", "ß", "Σ", "", " ", "Hello world", "HeLLo", "A1b", "1A"]:
    print(repr(w), w.isupper(), w.islower(), w.istitle())
