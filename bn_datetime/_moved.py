"""The module paths of before the pipeline folders, kept: ``bn_datetime.parsing`` is
``bn_datetime.reader.parsing`` (the same module object, so patching either patches both).

Installed by :mod:`bn_datetime` as a finder at the end of :data:`sys.meta_path`; it
answers only for the names in :data:`MOVED`, and only when the import system found no
file of that name. Type checkers see the new paths; new code should use them (or the
names exported by :mod:`bn_datetime` itself).

>>> import bn_datetime.parsing, bn_datetime.reader.parsing
>>> bn_datetime.parsing is bn_datetime.reader.parsing
True
>>> from bn_datetime.numwords import words_to_number
>>> words_to_number("দেড় হাজার")
1500
"""

from __future__ import annotations

import importlib
import sys
from importlib.machinery import ModuleSpec
from typing import TYPE_CHECKING, Final, cast

if TYPE_CHECKING:
    from collections.abc import Sequence
    from importlib.abc import Loader
    from types import ModuleType

__all__ = ["MOVED", "install"]

#: old module name (under ``bn_datetime.``) → where it lives now
MOVED: Final = {
    "normalize": "text.normalize",
    "digits": "text.digits",
    "_lexer": "reader._lexer",
    "_newsform": "reader._newsform",
    "grammar": "reader.grammar",
    "fields": "reader.fields",
    "components": "reader.components",
    "parsing": "reader.parsing",
    "pattern": "reader.pattern",
    "spans": "reader.spans",
    "reading": "reader.reading",
    "searching": "reader.searching",
    "sentences": "reader.sentences",
    "batch": "reader.batch",
    "formatting": "writer.formatting",
    "spans_formatting": "writer.spans_formatting",
    "humanizing": "writer.humanizing",
    "verbalizing": "writer.verbalizing",
    "money": "writer.money",
    "numwords": "numerals.numwords",
    "bangla_calendar": "calendars.bangla_calendar",
    "_bangla_tables": "calendars._bangla_tables",
    "hijri": "calendars.hijri",
    "calendar_grid": "calendars.calendar_grid",
}
_PREFIX: Final = "bn_datetime."


class _Finder:
    """Finds an old name and loads it as the module at its new place (the finder and
    loader protocols of :mod:`importlib`, without ``importlib.abc``: importing that
    costs more than the rest of the package's start)."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname.startswith(_PREFIX) and fullname[len(_PREFIX) :] in MOVED:
            return ModuleSpec(fullname, cast("Loader", self))
        return None

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return None  # a placeholder; exec_module puts the real module in its place

    def exec_module(self, module: ModuleType) -> None:
        name = module.__name__
        # The import system returns whatever sys.modules holds under the name afterwards.
        sys.modules[name] = importlib.import_module(_PREFIX + MOVED[name[len(_PREFIX) :]])


def install() -> None:
    """Put the finder at the end of :data:`sys.meta_path`, once, and register the old names
    of the modules already loaded as they were registered before: the package's own
    ``normalize`` (the function) must stay the function when ``bn_datetime.normalize``
    (the module) is imported."""
    package = sys.modules["bn_datetime"]
    for old, new in MOVED.items():
        module = sys.modules.get(_PREFIX + new)
        if module is not None:
            sys.modules.setdefault(_PREFIX + old, module)
            if old not in vars(package):
                setattr(package, old, module)
    if not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.append(_Finder())
