def process(x):
    print("start", x)
    try:
        if x < 0:
            raise ValueError("negative")
        print("ok", x)
        return x * 2
    except ValueError as e:
        print("handling", e)
        raise
    finally:
        print("finally", x)

print(process(3))
try:
    process(-1)
except ValueError as e:
    print("outer caught", e)
try:
    pass
finally:
    print("bare finally")
