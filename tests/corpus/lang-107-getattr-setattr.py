# checks: getattr with default, setattr/hasattr/delattr, dynamic attribute names, getattr on methods and modules
import math
class Settings:
    theme = "dark"
    def describe(self):
        return f"theme={self.theme}"
s = Settings()
print(getattr(s, "theme"), getattr(s, "font", "default-font"), hasattr(s, "font"))
for key, value in {"font": "mono", "size": 12, "theme": "light"}.items():
    setattr(s, key, value)
print(s.font, s.size, s.describe(), Settings.theme)
method = getattr(s, "describe")
print(method(), getattr(math, "sqrt")(16), getattr("text", "upper")())
delattr(s, "theme")
print(s.theme, hasattr(s, "size"))
delattr(s, "size")
print(hasattr(s, "size"), sorted(vars(s)))
for name in ["upper", "title", "nonexistent"]:
    fn = getattr("mIxEd", name, None)
    print(name, fn() if fn else "no such method")
try:
    getattr(s, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(s, "size")
except AttributeError as e:
    print("AttributeError:", e)
