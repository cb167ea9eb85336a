# checks: ordering of try/except/else/finally prints for success, handled failure, and unhandled-in-inner cases
def attempt(value):
    print(f"--- attempt({value!r})")
    try:
        print("try: start")
        result = 10 / int(value)
        print("try: got", result)
    except ValueError as e:
        print("except ValueError:", e)
    except ZeroDivisionError as e:
        print("except ZeroDivisionError:", e)
    else:
        print("else: no exception")
    finally:
        print("finally: always")
    print("after try statement")
for v in ["5", "abc", "0"]:
    attempt(v)
try:
    try:
        print("inner try")
        [][0]
    finally:
        print("inner finally runs before outer except")
except IndexError as e:
    print("outer caught:", e)
