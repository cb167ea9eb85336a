# checks: IndexError and KeyError messages, repr(e)/str(e)/type(e).__name__, e.args, KeyError str quoting
def show(e):
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
tests = [
    lambda: [1, 2, 3][3],
    lambda: "abc"[-4],
    lambda: (1,)[5],
    lambda: [].pop(),
    lambda: {"a": 1}["b"],
    lambda: {1: "x"}[2],
    lambda: {(1, 2): 0}[(3, 4)],
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: {"k": 1}[""],
]
for t in tests:
    try:
        t()
    except (IndexError, KeyError) as e:
        show(e)
try:
    [1][2]
except LookupError as e:
    print("LookupError caught a", type(e).__name__)
