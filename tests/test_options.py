"""The reading options, checked once (bn_datetime/options.py), with the same errors everywhere."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

import bn_datetime as bd
from bn_datetime.options import CALENDARS, check_options
from bn_datetime.tz import get_tz

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


def test_the_same_arguments_give_the_same_checked_options() -> None:
    now = datetime(2024, 9, 14, 20, 0)
    first = check_options(tz="Asia/Dhaka", now=now, prefer="past")
    assert check_options(tz="Asia/Dhaka", now=now, prefer="past") is first
    # any other argument is checked afresh: another now, another strict, another zone
    later = datetime(2024, 9, 15, 20, 0)
    assert check_options(tz="Asia/Dhaka", now=later, prefer="past").now is later
    assert check_options(tz="Asia/Dhaka", now=now, prefer="past", strict=True).strict is True
    assert check_options(tz="Asia/Dhaka", now=now, prefer="future").prefer == "future"
    assert check_options(tz="Asia/Kolkata", now=now, prefer="past").zone is get_tz("Asia/Kolkata")
    assert check_options(tz="Asia/Dhaka", now=now, prefer="past", warn=False).warn is False


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"now": date(2024, 9, 14)}, TypeError),
        ({"prefer": "later"}, ValueError),
        ({"calendar": "julian"}, ValueError),
    ],
)
def test_a_wrong_argument_after_a_right_call_is_still_refused(kwargs: dict[str, Any], error: type[Exception]) -> None:
    check_options(tz="Asia/Dhaka")
    with pytest.raises(error):
        check_options(tz="Asia/Dhaka", **kwargs)
