# checks: str.split/rsplit/splitlines and bytes.split list sizes (stringlib PREALLOC_SIZE, 3.14 bounds maxsplit by the length) and the string itself as the only part
import sys
line = "the quick brown fox"
words = line.split()
print(len(words), sys.getsizeof(words))
print(sys.getsizeof("a b".split()), sys.getsizeof("".split()), sys.getsizeof("solo".split()))
print(sys.getsizeof("a,b,c".split(",")), sys.getsizeof("a,b,c".split(",", 1)), sys.getsizeof("a,b,c".rsplit(",", 0)))
many = " ".join(["w"] * 30).split()
print(len(many), sys.getsizeof(many))
print(sys.getsizeof("x\ny\nz".splitlines()), sys.getsizeof("".splitlines()))
word = "solo"
print(word.split()[0] is word, word.split(",")[0] is word, word.split(None, 0)[0] is word)
print(word.splitlines()[0] is word, word.rsplit("ol")[0] is word, word.split("a much longer separator")[0] is word)
data = b"1 2 3"
print(sys.getsizeof(data.split()), sys.getsizeof(b"k=v".split(b"=")), data.split(b";")[0] is data)
one = b"one"
print(sys.getsizeof(b"a\nb".splitlines()), one.splitlines()[0] is one)
