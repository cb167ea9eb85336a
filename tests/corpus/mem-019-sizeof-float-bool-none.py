# checks: getsizeof of float, bool, None and complex
import sys

print("float 0.0   :", sys.getsizeof(0.0))
print("float 1e300 :", sys.getsizeof(1e300))
print("float nan   :", sys.getsizeof(float("nan")))
print("True        :", sys.getsizeof(True))
print("False       :", sys.getsizeof(False))
print("None        :", sys.getsizeof(None))
print("complex     :", sys.getsizeof(1 + 2j))
print("bool is int :", isinstance(True, int))
