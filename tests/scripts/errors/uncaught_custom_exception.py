# A user-defined exception with a message.
class ConfigError(Exception):
    pass
raise ConfigError("missing setting 'port'")
# expect error: ConfigError: missing setting 'port'
