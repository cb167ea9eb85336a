class ConfigError(Exception):
    pass

def load(settings, key):
    try:
        return int(settings[key])
    except (KeyError, ValueError) as e:
        raise ConfigError(f"bad setting {key!r}") from e

try:
    load({"port": "abc"}, "port")
except ConfigError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)
try:
    load({}, "port")
except ConfigError as e:
    print(repr(e.__cause__))
