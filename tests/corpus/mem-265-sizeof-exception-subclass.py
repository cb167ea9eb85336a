# checks: sys.getsizeof of instances of exception subclasses: the builtin exception's size plus a __weakref__ pointer (3.11) or the managed weakref pre-header (3.14); named __slots__ add a pointer each; attributes live in the instance's own dict, not counted
import sys
class AppError(Exception):
    pass
class ConfigError(AppError):
    pass
class Fatal(BaseException):
    pass
class Missing(KeyError):
    __slots__ = ("key_name",)
class DiskFull(OSError):
    pass
class Done(StopIteration):
    pass
print(sys.getsizeof(Exception("x")), sys.getsizeof(AppError("x")), sys.getsizeof(ConfigError("x")))
print(sys.getsizeof(Fatal()), sys.getsizeof(Missing("k")), sys.getsizeof(DiskFull()), sys.getsizeof(Done()))
err = AppError("bad config")
err.details = {"line": 3}
print(sys.getsizeof(err))
