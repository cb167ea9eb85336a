def encrypt(msg, shift):
    result = ""
    for ch in msg:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            result += chr((ord(ch) - base + shift) % 26 + base)
        else:
            result += ch
    return result

secret = encrypt("Hello, World!", 3)
print(secret)
print(encrypt(secret, -3))
print(ord("a"), chr(65), ord("€"))
