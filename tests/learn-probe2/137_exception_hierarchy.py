for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, StopIteration, KeyboardInterrupt, ValueError]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
try:
    raise KeyError("x")
except LookupError as e:
    print("caught as LookupError:", repr(e))
try:
    {}["a"]
except Exception as e:
    print(isinstance(e, KeyError), e.args)
