# checks: 'in' on bytes: an int is a byte value (0..255, else ValueError), a bytes-like object a substring, anything else TypeError
for x in [len, "a", 300, -1, 3.5, bytearray(b"x")]:
    try:
        print(x in b"xyz")
    except Exception as e:
        print(type(e).__name__, e)
