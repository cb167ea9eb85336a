# checks: gc.get_referrers of a literal constant would list the parser arena's list of literals and the co_consts tuple of the code using it, which heapsnake does not keep as objects: refused after the answers it can give
import gc
box = [1, 2]
holder = {"box": box}
print([type(r).__name__ for r in gc.get_referrers(box)])
label = "a literal string, not interned"
print([type(r).__name__ for r in gc.get_referrers(label)])
