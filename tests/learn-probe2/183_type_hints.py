from typing import Optional, List, Dict

def greet(name: str, times: int = 1) -> str:
    return ("Hi " + name + "! ") * times

def find(items: List[int], target: int) -> Optional[int]:
    for i, x in enumerate(items):
        if x == target:
            return i
    return None

print(greet("Ann", 2), find([5, 6, 7], 6), find([], 1))
print(greet.__annotations__)
scores: Dict[str, int] = {"a": 1}
print(scores, greet("x", "2") if False else "ok")
