# checks: generator close() triggers GeneratorExit and finally, try/finally cleanup when loop breaks early, throw()
def reader(lines):
    print("open resource")
    try:
        for line in lines:
            yield line.upper()
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("close resource")
g = reader(["a", "b", "c"])
print(next(g))
g.close()
g.close()
print("after close:", next(g, "exhausted"))
for item in reader(["x", "y", "z"]):
    print("item", item)
    if item == "Y":
        break
print("after loop")
def resilient():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            print("handled", e)
r = resilient()
print(next(r), r.throw(ValueError("bad input")), next(r))
r.close()
