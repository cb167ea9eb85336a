# checks: raise ... from ... sets __cause__, implicit __context__, from None suppresses, printing the chain
class ConfigError(Exception):
    pass
def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError(f"bad port {text!r}") from exc
try:
    parse_port("80a")
except ConfigError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError("no such key") from None
try:
    lookup({}, "x")
except LookupError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as e:
    print(type(e).__name__, "| context:", type(e.__context__).__name__, e.__context__)
