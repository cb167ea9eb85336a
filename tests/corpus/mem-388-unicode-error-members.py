# A UnicodeEncodeError keeps encoding, object and reason as members besides its args (Objects/exceptions.c:
# UnicodeEncodeError_init): while the error lives, the str being encoded has one more reference.
import sys

word = "naïve café"
try:
    word.encode("ascii")
except UnicodeEncodeError as e:
    print(sys.getrefcount(word), e.object is word, e.start, e.end)
    kept = e
print(sys.getrefcount(word))
del kept
print(sys.getrefcount(word))

data = b"ab\xffcd"
try:
    data.decode("ascii")
except UnicodeDecodeError as e:
    print(sys.getrefcount(data), e.object is data, e.reason)

made = UnicodeEncodeError("ascii", word, 2, 3, "made by hand")
print(sys.getrefcount(word), made)
