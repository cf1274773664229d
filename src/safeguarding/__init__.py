"""Children's safeguarding performance indicators from a council's case records."""

import importlib
import importlib.util
import sys
import types


class _Deferred(types.ModuleType):
    """Stands in sys.modules for a module until one of its attributes is first used; then
    imports the real module (which takes its place in sys.modules) and hands on to it.

    Not the standard library's LazyLoader: that one loads on any attribute, and every later
    `import name` statement reads `__spec__`, so it would load at the next module's import."""

    def __init__(self, name: str, spec):
        super().__init__(name)
        self.__spec__ = spec

    def __getattr__(self, attr: str):
        real = sys.modules.get(self.__name__)
        if real is self or real is None:
            del sys.modules[self.__name__]
            real = importlib.import_module(self.__name__)
        return getattr(real, attr)


def _defer(name: str) -> None:
    if name not in sys.modules and (spec := importlib.util.find_spec(name)) is not None:
        sys.modules[name] = _Deferred(name, spec)


# Ibis is needed only to build a query whose compiled SQL is not already held
# (`indicators.compiled`); importing it costs more than a county's queries take to run.
_defer("ibis")
