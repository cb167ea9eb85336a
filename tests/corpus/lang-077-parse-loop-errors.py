# checks: handling errors per item in a loop, collecting error messages, nested try in except, TypeError from int(None)
raw = ["10", "3.5", "-2", "abc", "", "7", None, "1e3", "0x1f"]
good, bad = [], []
for value in raw:
    try:
        number = int(value)
    except ValueError:
        try:
            number = float(value)
        except ValueError as e:
            bad.append((value, str(e)))
            continue
    except TypeError as e:
        bad.append((value, f"{type(e).__name__}: {e}"))
        continue
    good.append(number)
print("good:", good)
for value, msg in bad:
    print(f"  {value!r:8} -> {msg}")
print(sum(good), int("0x1f", 16), int("0x1f", 0))
