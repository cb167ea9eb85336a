# checks: str indexing/len counts code points (non-ASCII, emoji), slicing and reversing unicode
s = "héllo wörld"
print(len(s), s[1], s[7], s[-1])
e = "I ❤️ 🐍!"
print(len(e))
for i, ch in enumerate(e):
    print(i, repr(ch), hex(ord(ch)))
snake = "🐍🐍🐍"
print(len(snake), snake[1], snake[::-1] == snake)
mix = "ab😀cd"
print(mix[2], mix[:3], mix[3:], mix[::-1])
print("naïve".upper(), "STRASSE".lower(), "straße".upper())
print("日本語".find("語"), "日本語"[1:])
print(ascii("café 🐍"), repr("café 🐍"))
