lines = ["INFO start", "ERROR disk", "INFO ok", "WARN low", "ERROR net", ""]

def non_empty(ls):
    for l in ls:
        if l:
            yield l

def parse(ls):
    for l in ls:
        level, msg = l.split(" ", 1)
        yield {"level": level, "msg": msg}

def only(level, records):
    return (r["msg"] for r in records if r["level"] == level)

errors = only("ERROR", parse(non_empty(lines)))
print(errors.__class__.__name__)
print(list(errors))
print(list(errors))
from collections import Counter
print(Counter(r["level"] for r in parse(non_empty(lines))))
