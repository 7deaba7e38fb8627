"""The top-level API (issue 16): every public name resolves, whether it is loaded at
``import bn_datetime`` or on first use, and the start-up path loads only what a
conversion needs (which modules are loaded, not how long it takes)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import bn_datetime as bd
from bn_datetime import _moved

SEED = "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"


@pytest.mark.parametrize("name", bd.__all__)
def test_every_public_name_resolves_and_is_listed(name: str) -> None:
    assert getattr(bd, name) is not None
    assert name in dir(bd)


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("parse_many", "bn_datetime.reader.batch"),
        ("to_iso_many", "bn_datetime.reader.batch"),
        ("results_many", "bn_datetime.reader.batch"),
        ("format_datetime", "bn_datetime.writer.formatting"),
        ("search", "bn_datetime.reader.searching"),
    ],
)
def test_a_lazy_name_is_the_function_of_its_module(name: str, module: str) -> None:
    from importlib import import_module

    assert getattr(bd, name) is getattr(import_module(module), name)
    namespace: dict[str, object] = {}
    exec(f"from bn_datetime import {name}", namespace)
    assert namespace[name] is getattr(bd, name)


@pytest.mark.parametrize("old", ["batch", "parsing", "formatting", "numwords"])
def test_an_old_module_path_is_an_attribute_of_the_package(old: str) -> None:
    module = getattr(bd, old)
    assert module is sys.modules[f"bn_datetime.{_moved.MOVED[old]}"]
    assert old in dir(bd)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        bd.no_such_name  # noqa: B018 - the lookup is the test


def _loaded(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    script = f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


# What neither `import bn_datetime` nor a one-line conversion needs.
_NOT_AT_START = (
    "argparse",
    "bn_datetime.reader.batch",
    "bn_datetime.reader.searching",
    "bn_datetime.reader.reading",
    "bn_datetime.reader.pattern",
    "bn_datetime.writer.formatting",
    "bn_datetime.calendars.bangla_calendar",
    "bn_datetime.pages",
)


@pytest.mark.parametrize(
    "code",
    [
        "import bn_datetime",
        f"import bn_datetime; bn_datetime.to_iso({SEED!r})",
        f"import sys; from bn_datetime.cli import main; sys.argv[1:] = [{SEED!r}]; main()",
    ],
    ids=["import", "to_iso", "cli one-shot"],
)
def test_the_start_loads_only_what_a_conversion_needs(code: str) -> None:
    assert not _loaded(code) & set(_NOT_AT_START)
