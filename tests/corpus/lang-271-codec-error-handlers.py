# checks: str.encode / bytes.decode error handlers (ignore, replace, xmlcharrefreplace, backslashreplace) and the codec errors' args, fields and messages for a run of characters (Objects/unicodeobject.c, Objects/exceptions.c)
for bs in [b"h\xe9llo", b"\xff\xfe", b"ab\xe6\x97c", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"ok \xc3\xa9 \x80 end"]:
    print(bs.decode("utf-8", "replace"), bs.decode("utf-8", "ignore"), bs.decode("ascii", "replace"), bs.decode("ascii", "ignore"), bs.decode("ascii", "backslashreplace"), bs.decode("latin-1"))
s = "héllo 日本😀"
for err in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace"]:
    print(err, s.encode("ascii", err), s.encode("latin-1", errors=err))
print("x".encode(errors="strict"), "é".encode("utf-8", "replace"))
try:
    b"caf\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(e.args, e.start, e.end, e.object, e.reason)
    print(str(e))
try:
    "日本語".encode("latin-1")
except UnicodeError as e:
    print(repr(e))
    print(e.object[e.start:e.end])
for word, enc in [("naïve café", "ascii"), ("日本 x", "ascii"), ("aé日", "latin-1")]:
    try:
        word.encode(enc)
    except UnicodeEncodeError as e:
        print(e, e.start, e.end)
