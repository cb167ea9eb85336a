# checks: which one-character strings are the shared singletons: built by slicing or indexing vs written fresh by upper()/repr(int)
cases = {
 "upper": "a".upper() is "A", "lower": "A".lower() is "a", "swapcase": "a".swapcase() is "A",
 "title": "a".title() is "A", "capitalize": "a".capitalize() is "A", "casefold": "A".casefold() is "a",
 "replace": "AB".replace("B", "") is "A", "replace-same": "A".replace("x", "y") is "A",
 "str-int": str(5) is "5", "repr-int": repr(5) is "5", "fmt-d": "%d" % 5 is "5", "fstr-int": f"{5}" is "5",
 "format-int": format(5) is "5", "strformat": "{}".format(5) is "5", "hex": hex(5)[2:] is "5",
 "expandtabs": "a".expandtabs() is "a",
 "lstrip": "  a".lstrip() is "a", "partition": "a=b".partition("=")[0] is "a",
 "rsplit": "a b".rsplit()[0] is "a", "splitlines": "a\nb".splitlines()[0] is "a",
 "chr": chr(97) is "a", "str-bytes-decode": b"a".decode() is "a", "slice-step": "ab"[::2] is "a",
 "index": "ab"[0] is "a", "for": [c for c in "a"][0] is "a", "zfill": "5".zfill(1) is "5",
 "mul": "a" * 1 is "a", "center": "a".center(1) is "a", "str-float": str(1.0)[0] is "1",
 "rjust": "a".rjust(1) is "a", "min": min("ba") is "a", "reversed": "".join(reversed("a")) is "a",
 "sorted": sorted("a")[0] is "a", "removeprefix": "xa".removeprefix("x") is "a",
 "str-bool": str(True)[0] is "T", "ascii": ascii("a") is "'a'", "repr-str": repr("a")[1] is "a",
}
print(" ".join(k for k, v in cases.items() if v))
print(" ".join(k for k, v in cases.items() if not v))
