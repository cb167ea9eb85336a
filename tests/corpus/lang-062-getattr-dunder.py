# checks: __getattr__ fallback for missing attributes, __setattr__ interception, AttributeError message from custom code
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None
    def __setattr__(self, name, value):
        print(f"  __setattr__({name!r}, {value!r})")
        self._fields[name] = value
r = Record(name="Ada", year=1815)
print(r.name, r.year)
r.year = 1816
print(r.year, r._fields)
print(getattr(r, "missing", "default"), hasattr(r, "name"))
try:
    r.email
except AttributeError as e:
    print("AttributeError:", e)
class Plain:
    x = 1
try:
    Plain().y
except AttributeError as e:
    print("AttributeError:", e)
