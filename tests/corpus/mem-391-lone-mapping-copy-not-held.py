# 3.14 copies a lone **mapping into a new dict (BUILD_MAP 0; DICT_MERGE) and the stack holds the copy, so the
# mapping itself has no extra reference while a bound method called through CALL_FUNCTION_EX runs; a Python
# function releases the call's tuple and dict before its body runs (_PyEvalFramePushAndInit_Ex).
import sys

options = {"label": "x"}
empty = {}

def show(item, label=None):
    return sys.getrefcount(options), sys.getrefcount(empty)

class Printer:
    def show(self, item, label=None):
        return sys.getrefcount(options), sys.getrefcount(empty)

p = Printer()
print(show(*[1], **options), show(*[1], **empty))
print(p.show(*[1], **options), p.show(*[1], **empty), p.show(1, **options))
