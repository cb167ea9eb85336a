# checks: decorator factories (decorators with arguments), repeat/retry patterns, with and without functools.wraps
import functools
def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator
@repeat(2)
def hi(name):
    return "hi " + name
print(repeat(3)(lambda x: x * 2)(5), hi("jo"), hi.__name__)
def retry(attempts, exc=ValueError):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args):
            for n in range(1, attempts + 1):
                try:
                    return func(*args)
                except exc as e:
                    print(f"attempt {n} failed: {e}")
        return wrapper
    return decorator
state = {"calls": 0}
@retry(attempts=4)
def flaky():
    state["calls"] += 1
    if state["calls"] < 3: raise ValueError(f"not yet ({state['calls']})")
    return "ok"
print(flaky(), state, flaky.__name__)
