import sys
for s in ["", "a", "ab", "hello world", "é", "日本", "😀"]:
    print(repr(s), len(s), sys.getsizeof(s))
