# checks: str.maketrans (its three forms and errors, 3.14's reworded key messages) and str.translate (None drops, int/str replace, LookupError keeps); the string module's constants and capwords
import string
text = "Hello, World! It's a test... (really)"
table = str.maketrans("", "", string.punctuation)
print(text.translate(table))
print(len(table), table[ord("!")], type(table))
t2 = str.maketrans("abc", "xyz")
print(t2, "aabbcc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, ord("c"): 67, "é": "e"})
print(t3, "abcdé".translate(t3))
print("hello".translate({ord("l"): "L", 104: None}))
print("abc".translate({97: 0x1F600}))
print("hello".translate([None] * 100 + ["E"] * 10))
print(string.ascii_letters, string.digits, string.ascii_lowercase, string.ascii_uppercase)
print(string.punctuation, repr(string.whitespace), string.hexdigits, string.octdigits, len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}),
            lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: 0x110000}), lambda: str.maketrans("a", 1), lambda: str.maketrans("a", "b", 3), lambda: str.maketrans()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
text = "Hello, World! Don't panic."
clean = text.translate(str.maketrans("", "", string.punctuation)).lower()
print(clean, clean.split())
s = "hello world"
print(s.translate({}) is s, s.translate({ord("z"): "q"}) is s, "".translate({}) is "", "a".translate({}) is "a", "é".translate({}) is "é")
t = "héllo"
print(t.translate({}) is t)
