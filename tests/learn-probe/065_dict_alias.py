config = {"debug": False}
settings = config
settings["debug"] = True
print(config)
backup = dict(config)
backup["debug"] = False
print(config, backup)
print(config is settings, config is backup)
