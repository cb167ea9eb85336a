# checks: 3.14 fuses STORE_FAST + LOAD_FAST into STORE_FAST_LOAD_FAST before choosing borrowed loads (Python/flowgraph.c: insert_superinstructions runs before optimize_load_fast), so a comprehension that calls its loop variable holds a counted reference to the callable while it runs; a plain loop's call (a separate line) borrows it
import sys
def show():
    print("in call", sys.getrefcount(show))
    return 1
fs = [show]
print([f() for f in fs])
def inner():
    print([g() for g in fs])
    for h in fs:
        h()
inner()
