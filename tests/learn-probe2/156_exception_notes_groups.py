try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        e.add_note("extra context")
        raise
except ValueError as e:
    print(e, e.__notes__)

class AppError(Exception):
    def __str__(self):
        return f"AppError: {self.args[0]} (code {self.args[1]})"

try:
    raise AppError("disk full", 28)
except AppError as e:
    print(e)
    print(repr(e))
    print(e.args)
