def parse(values):
    results = []
    for v in values:
        try:
            results.append(10 // int(v))
        except ValueError:
            results.append("bad")
        except ZeroDivisionError as e:
            results.append(str(e))
        except (TypeError, AttributeError) as e:
            results.append(type(e).__name__)
    return results

print(parse(["5", "x", "0", None, "3"]))
