"""The reading options, checked once (bn_datetime/options.py), with the same errors everywhere."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import bn_datetime as bd
from bn_datetime.options import CALENDARS, check_options

ENTRY_POINTS = [bd.parse, bd.parse_result, bd.to_iso, bd.read, bd.search]


@pytest.mark.parametrize("call", ENTRY_POINTS, ids=lambda f: f.__name__)
@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"calendar": "julian"}, ValueError, "calendar must be one of"),
        ({"prefer": "later"}, ValueError, "prefer must be one of"),
        ({"disambiguate": "first"}, ValueError, "disambiguate must be one of"),
        ({"now": date(2024, 9, 14)}, TypeError, "now must be a datetime"),
        ({"tz": "Asia/Dhka"}, bd.UnknownTimezoneError, "Asia/Dhaka"),
    ],
)
def test_every_entry_point_checks_the_same_way(
    call: Any, kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        call("১৪ সেপ্টেম্বর ২০২৪", **kwargs)  # search checks before it reads


def test_output_calendar_names_read_by_the_default_rules() -> None:
    assert check_options(calendar="gregorian").calendar == "bd"
    assert check_options(calendar="hijri").calendar == "bd"
    for name in CALENDARS:
        assert check_options(calendar=name).calendar == name
