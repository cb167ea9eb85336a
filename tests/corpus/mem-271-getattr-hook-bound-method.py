# checks: when a class has __getattr__, a missing attribute calls it through slot_tp_getattr_hook; 3.11 binds it to the object first (a bound method holds the object while it runs), 3.14 passes the object as an argument
import sys
class Config:
    def __init__(self):
        self.known = 1
    def __getattr__(self, name):
        print("fallback for", name, sys.getrefcount(self))
        return None
cfg = Config()
print(cfg.known)
print(cfg.missing)
print(getattr(cfg, "other", "default"))
print(hasattr(cfg, "anything"))
print(sys.getrefcount(cfg))
