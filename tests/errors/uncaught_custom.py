# A user-defined exception class: printed with its module-qualified name.
class ConfigError(Exception):
    pass


def load(name):
    raise ConfigError("missing section: " + name)


load("database")
