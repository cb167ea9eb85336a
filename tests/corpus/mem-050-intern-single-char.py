# checks: single-character (Latin-1) strings are cached; longer slices are new objects
word = "".join(["ab", "cd"])
c1 = word[0]
c2 = "xa"[1]
print("word[0] is 'xa'[1]:", c1 is c2)
lit_a = "a"
print("chr(97) is 'a'    :", chr(97) is lit_a)
s1 = word[0:2]
s2 = word[0:2]
print("two-char slices same:", s1 is s2)
e1 = chr(0xe9)
e2 = "\u00e9abc"[0]
print("latin-1 char cached :", e1 is e2)
w1 = chr(0x20ac)
w2 = "\u20acabc"[0]
print("euro char cached    :", w1 is w2)
lit_7 = "7"
print("str(7) is '7'       :", str(7) is lit_7)
