a = float("1.5")
b = float("1.5")
print(a == b, a is b)
s1 = "hello"
s2 = "hello"
print(s1 is s2)
s3 = "".join(["hel", "lo"])
print(s3 == s1, s3 is s1)
import sys
s4 = sys.intern(s3)
print(s4 is s1)
w1 = "hello world"
w2 = " ".join(["hello", "world"])
print(w1 == w2, w1 is w2)
