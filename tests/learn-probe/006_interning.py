import sys
s1 = "hello"
s2 = "hello"
print(s1 is s2)
s3 = "".join(["hel", "lo"])
print("joined is:", s3 is s1)
s4 = sys.intern(s3)
print("interned is:", s4 is s1)
print(s3 == s1)
