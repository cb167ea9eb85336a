# checks: bare raise re-raises the active exception after logging; uncaught re-raised exception ends the program
log = []
def process(item):
    try:
        return 100 // item
    except ZeroDivisionError:
        log.append(f"bad item {item!r}")
        raise
results = []
for item in [5, 20, 3]:
    results.append(process(item))
print(results)
try:
    process(0)
except ZeroDivisionError as e:
    print("outer saw:", e)
print(log)
def convert(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError:
            print("giving up on", repr(v))
            raise
    return out
print(convert(["1", "2"]))
print(convert(["3", "four", "5"]))
