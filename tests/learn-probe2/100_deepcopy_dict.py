import copy

settings = {"theme": "dark", "plugins": ["git", "lint"], "window": {"w": 800, "h": 600}}
backup = copy.deepcopy(settings)
alias = settings
shallow = settings.copy()
settings["plugins"].append("debug")
settings["window"]["w"] = 1024
settings["theme"] = "light"
print(backup)
print(shallow)
print(alias is settings)
print(backup["theme"] is shallow["theme"])
