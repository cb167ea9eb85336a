# checks: @dataclass generated __init__/__repr__/__eq__, defaults, fields(), asdict/astuple, replace
from dataclasses import dataclass, fields, asdict, astuple, replace
@dataclass
class Book:
    title: str
    author: str
    pages: int = 100
    rating: float = 0.0
b1 = Book("Dune", "Herbert", 412)
b2 = Book("Dune", "Herbert", 412)
b3 = Book(author="Le Guin", title="Earthsea")
print(b1)
print(b3)
print(b1 == b2, b1 is b2, b1 == b3)
print([f.name for f in fields(Book)], [f.default for f in fields(Book)][2:])
print(asdict(b1))
print(astuple(b3))
b4 = replace(b1, rating=4.5)
print(b4, b1.rating)
b1.pages += 1
print(b1.pages, b1 == b2)
print(Book.__hash__, Book.__annotations__ == {"title": str, "author": str, "pages": int, "rating": float})
