"""Where the tests find their data: ``tests/data``, shipped with the repository.

The reference tables and example cases were copied from the team's shared research
data, so a fresh clone runs every test (nothing skips for a missing file).
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def data_file(name: str) -> Path:
    """Path of a file in ``tests/data`` (it is part of the repository: never skipped)."""
    path = DATA / name
    if not path.is_file():
        msg = f"{path} is missing: tests/data ships with the repository"
        raise FileNotFoundError(msg)
    return path
