inputs = ["123", "12a", "abc", "   ", "", "Hello World", "42.5", "-7"]
for s in inputs:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum())

def is_int(s):
    s = s.strip()
    if s.startswith("-"):
        s = s[1:]
    return s.isdigit()

print([is_int(s) for s in inputs])
