"""The module paths of before the pipeline folders still import (bn_datetime/_moved.py)."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import bn_datetime
from bn_datetime._moved import MOVED


@pytest.mark.parametrize(("old", "new"), sorted(MOVED.items()))
def test_an_old_path_is_the_module_at_its_new_place(old: str, new: str) -> None:
    moved = importlib.import_module(f"bn_datetime.{new}")
    assert importlib.import_module(f"bn_datetime.{old}") is moved
    assert sys.modules[f"bn_datetime.{old}"] is moved
    assert moved.__name__ == f"bn_datetime.{new}"  # the module keeps its own name


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("from bn_datetime.parsing import parse; print(parse is bn_datetime.parse)", "True"),
        ("from bn_datetime import hijri; print(hijri.__name__)", "bn_datetime.calendars.hijri"),
        ("import bn_datetime.numwords as n; print(n.words_to_number('দেড় হাজার'))", "1500"),
        # the package's own name `normalize` is the function, as it always was
        ("from bn_datetime import normalize; print(callable(normalize))", "True"),
        ("import bn_datetime.digits as m; print(m.__name__)", "bn_datetime.text.digits"),
    ],
)
def test_old_imports_in_a_fresh_interpreter(statement: str, expected: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import bn_datetime\n{statement}"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, expected), done.stderr


def test_patching_the_old_path_patches_the_new(monkeypatch: pytest.MonkeyPatch) -> None:
    import bn_datetime.reader.parsing as new

    old = importlib.import_module("bn_datetime.parsing")
    marker = object()
    monkeypatch.setattr(old, "to_iso", marker)
    assert new.to_iso is marker


def test_importing_the_module_leaves_the_function() -> None:
    """``bn_datetime.normalize`` is the function; importing the module of that old name
    (in this very process) must not put the module in its place."""
    module = importlib.import_module("bn_datetime.normalize")
    assert module.__name__ == "bn_datetime.text.normalize"
    assert bn_datetime.normalize is module.normalize


def test_other_names_are_not_found() -> None:
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("bn_datetime.no_such_module")
    assert "no_such_module" not in dir(bn_datetime)


def test_the_finder_is_installed_once() -> None:
    from bn_datetime import _moved

    before = len(sys.meta_path)
    _moved.install()
    assert len(sys.meta_path) == before
