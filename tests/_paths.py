"""Where the tests find the team's shared research data (../shared beside the repo)."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = Path(__file__).resolve().parent / "data"


def shared_file(relative: str) -> Path:
    """Path of a file under ../shared, or skip the test when the checkout has no shared/."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path
