# checks: b'' and one-byte bytes made from data are shared singletons (immortal in 3.12+); bytes built by filling a new buffer are not
import sys

s = b"A"
print("slice of b'BA' is b'A':", b"BA"[1:] is s)
print("bytes([65]) is b'A':", bytes([65]) is s)
print("encode gives the singleton:", "A".encode() is s)
print("bytes(1) is b'\\x00':", bytes(1) == b"\x00", bytes(1) is b"\x00"[0:1])
print("b'a'.upper() is b'A':", b"a".upper() is s)
print("bytes(bytearray(b'A')) is b'A':", bytes(bytearray(b"A")) is s)
fresh = bytes(1)
print("refcount of a fresh one-byte bytes:", sys.getrefcount(fresh))
print("empty bytes shared:", b"" is bytes() is b"abc"[3:])
print("huge refcount of b'':", sys.getrefcount(b"") > 10**8)
