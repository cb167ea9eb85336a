class AppError(Exception):
    """Base error."""

class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field

class NotFound(AppError):
    pass

def check(d):
    if "name" not in d:
        raise ValidationError("name", "required")
    if d["name"] == "ghost":
        raise NotFound(d["name"])
    return "ok"

for d in [{"name": "ann"}, {}, {"name": "ghost"}]:
    try:
        print(check(d))
    except ValidationError as e:
        print("invalid", e.field, e)
    except AppError as e:
        print(type(e).__name__, e, AppError.__doc__)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
