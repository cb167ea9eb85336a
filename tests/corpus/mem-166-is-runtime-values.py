# checks: `is` for ints and strings computed at runtime vs written as constants
n = 200
m = n + 56
print("256 computed is int('256'):", m is int("256"))
big = n + 100
print("300 computed is int('300'):", big is int("300"))
print("300 == 300:", big == int("300"))
neg = -n // 40
print("-5 computed is int('-5'):", neg is int("-5"))
neg6 = neg - 1
print("-6 computed is int('-6'):", neg6 is int("-6"))
s1 = "hello"
s2 = "hel" + "lo"
print("folded constant   :", s1 is s2)
part = "hel"
s3 = part + "lo"
print("runtime concat    :", s1 is s3, s1 == s3)
import sys
print("after sys.intern  :", s1 is sys.intern(s3))
c = chr(97)
print("chr(97) is 'a'    :", c is "a"[0])
joined = "".join(["a", "b"])
print("join is 'ab'      :", joined is "ab")
e = "abc"[:0]
print("empty slice is '' :", e is "")
print("x*0 is ''         :", ("x" * 0) is "")
