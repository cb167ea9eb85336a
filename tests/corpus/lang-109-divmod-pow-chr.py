# checks: divmod, pow with 2 and 3 args (modular, negative exponent inverse), chr/ord round trips, caesar cipher
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 10 ** 9))
seconds = 98765
minutes, sec = divmod(seconds, 60)
hours, minutes = divmod(minutes, 60)
print(f"{hours}h {minutes:02d}m {sec:02d}s")
print(pow(2, 10), pow(2, -1), pow(2, 100, 97), pow(3, -1, 7), pow(-2, 3), pow(2.0, 0.5))
print(ord("A"), ord("a"), ord("€"), ord("🐍"), chr(65), chr(8364), chr(0x1F600))
print([chr(c) for c in range(ord("a"), ord("f"))])
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
