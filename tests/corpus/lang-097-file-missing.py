# checks: reading a missing file raises FileNotFoundError (caught: errno/strerror/filename, then uncaught)
def load(name, default=None):
    try:
        with open(name) as f:
            return f.read()
    except FileNotFoundError as e:
        print("missing:", e.filename, "| errno:", e.errno, "| strerror:", e.strerror)
        print("str:", str(e))
        return default
print(load("lang_097_does_not_exist.txt", "fallback"))
print(issubclass(FileNotFoundError, OSError), isinstance(FileNotFoundError(), IOError))
with open("lang_097_exists.txt", "w") as f:
    f.write("here")
print(load("lang_097_exists.txt"))
config = open("lang_097_settings.cfg").read()
print(config)
