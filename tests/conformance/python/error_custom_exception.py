# A user exception class, raised from a method, chained with "from".
class ConfigError(Exception):
    pass


class Loader:
    def load(self, key):
        try:
            return {"a": 1}[key]
        except KeyError as exc:
            raise ConfigError(f"missing key {key!r}") from exc


print(Loader().load("a"))
Loader().load("b")
