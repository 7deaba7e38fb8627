"""The team's shared cases (tests/data/news_cases.jsonl) and dateparser's own Bengali cases.

Every row of ``news_cases.jsonl`` is run with its ``now`` and ``tz``. Rows that
bn_datetime answers differently on purpose are in ``POLICY`` with the reason.

The ``kind == "absolute"`` rows of ``dateparser_bn_cases.jsonl`` (dateparser, BSD-3-Clause) are run in the
digits they were written in and in Bengali digits, comparing the naive wall time
with ``expected`` (tz UTC, now = the row's RELATIVE_BASE), as dateparser does.
"""

from __future__ import annotations

import json
import warnings
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

import pytest

import bn_datetime as bd

from ._paths import data_file

NEWS = "news_cases.jsonl"
PEER = "dateparser_bn_cases.jsonl"


class Policy(NamedTuple):
    ours: str
    reason: str


POLICY: dict[str, Policy] = {
    "সেপ্টেম্বর ২০২৪": Policy(
        "2024-09",
        "precision kept: a month and a year give '2024-09', no invented day or midnight "
        "(parse() still gives 2024-09-01T00:00:00+06:00, the row's answer)",
    ),
    **{
        text: Policy(
            clock,
            "a clock time alone stays a time: to_iso writes it without inventing now's date "
            "(parse() still gives the time on now's date, the row's answer)",
        )
        for text, clock in (("রাত ১০:১৫", "22:15:00"), ("সন্ধ্যা ৭টা", "19:00:00"), ("১০টা", "10:00:00"))
    },
}
# Rows whose answer comes with a documented warning (filterwarnings = error otherwise).
WARNS: dict[str, type[Warning]] = {"১০টা": bd.AmbiguousHourWarning}


def _read(relative: str) -> list[dict[str, Any]]:
    lines = data_file(relative).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _rows(relative: str, keep: str | None = None) -> list[Any]:
    """Parameters for the rows of a data file."""
    rows = _read(relative)
    params = []
    for index, row in enumerate(rows):
        if keep is not None and row.get("kind") != keep:
            continue
        params.append(pytest.param(row, id=str(row.get("id", f"row{index:02d}"))))
    return params


def _answer(row: dict[str, Any], text: str) -> str:
    options: dict[str, Any] = {"tz": row["tz"], "now": datetime.fromisoformat(row["now"])}
    warning = WARNS.get(row["text"])
    if warning is None:
        return bd.to_iso(text, **options)
    with pytest.warns(warning):
        return bd.to_iso(text, **options)


@pytest.mark.parametrize("row", _rows(NEWS))
def test_news_case(row: dict[str, Any] | None) -> None:
    data_file(NEWS)
    assert row is not None
    text = row["text"]
    policy = POLICY.get(text)
    expected = row["expected"] if policy is None else policy.ours
    assert _answer(row, text) == expected, row.get("note")
    assert _answer(row, bd.to_ascii_digits(text)) == expected, "ASCII digits"


@pytest.mark.parametrize("text", sorted(POLICY))
def test_policy_rows_differ_only_as_documented(text: str) -> None:
    data_file(NEWS)
    rows = {row["text"]: row for row in _read(NEWS)}
    assert text in rows, f"stale POLICY entry {text!r}: not in {NEWS}"
    row = rows[text]
    assert POLICY[text].ours != row["expected"], "the policy no longer differs: drop it"
    # the same instant, only the precision differs
    warning = WARNS.get(text)
    with warnings.catch_warnings():
        if warning is not None:
            warnings.simplefilter("ignore", warning)
        value = bd.parse(text, tz=row["tz"], now=datetime.fromisoformat(row["now"]))
    assert value.isoformat() == row["expected"]


def test_every_listed_exception_is_a_row() -> None:
    data_file(NEWS)
    texts = {row["text"] for row in _read(NEWS)}
    assert set(WARNS) <= texts, sorted(set(WARNS) - texts)


@pytest.mark.parametrize("row", _rows(PEER, keep="absolute"))
@pytest.mark.parametrize("digits", ["as given", "bengali"])
def test_dateparser_absolute_case(row: dict[str, Any] | None, digits: str) -> None:
    data_file(PEER)
    assert row is not None
    assert row["kind"] == "absolute"
    text = row["input"] if digits == "as given" else bd.to_bengali_digits(row["input"])
    base = datetime.fromisoformat(row["settings"]["RELATIVE_BASE"])
    value = bd.parse(text, tz="UTC", now=base)
    assert value.tzinfo is not None
    assert value.replace(tzinfo=None) == datetime.fromisoformat(row["expected"]), text


def test_dateparser_file_has_absolute_rows() -> None:
    data_file(PEER)
    rows = [row for row in _read(PEER) if row.get("kind") == "absolute"]
    assert len(rows) >= 18


# dateparser's relative cases, where bn_datetime answers differently on purpose.
DATEPARSER_POLICY: dict[str, str] = {
    "1 বছর 2 মাস": "a duration with no আগে/পরে is not a point in time: ParseError",
    "1 বছর, 09 মাস,01 সপ্তাহ": "a duration with no আগে/পরে: ParseError",
    "1 বছর 11 মাস": "a duration with no আগে/পরে: ParseError",
    "1 বছর 12 মাস": "a duration with no আগে/পরে: ParseError",
    "15 ঘন্টা": "a duration with no আগে/পরে: ParseError",
    "2 মিনিট": "a duration with no আগে/পরে: ParseError",
    "3 সেকেন্ড": "a duration with no আগে/পরে: ParseError",
    "10 সেকেন্ডে": "'in 10 seconds' is a duration too: ParseError",
    "8 মিনিট আগে 42 সেকেন্ড পূর্বে": "two directions in one phrase: ParseError",
}
# The precision a unit carries: days give a date, months a month, years a year, so the
# wall time dateparser invents below that precision is not compared.
_COMPARED = {"day": 10, "month": 7, "year": 4}


@pytest.mark.parametrize("row", _rows(PEER, keep="relative"))
def test_dateparser_relative_case(row: dict[str, Any] | None) -> None:
    data_file(PEER)
    assert row is not None
    text = row["input"]
    now = datetime.fromisoformat(row["settings"]["RELATIVE_BASE"])
    if text in DATEPARSER_POLICY:
        with pytest.raises(bd.ParseError):
            bd.parse(text, tz="UTC", now=now)
        return
    result = bd.parse_result(text, tz="UTC", now=now)
    got = result.value.replace(tzinfo=None).isoformat()
    width = _COMPARED.get(result.precision, len(row["expected"]))
    assert got[:width] == row["expected"][:width], (text, result.precision)


@pytest.mark.parametrize(
    "name",
    [NEWS, PEER, "numerals_reference.jsonl", "bangla_calendar_reference.jsonl"],
)
def test_the_data_ships_with_the_tests(name: str) -> None:
    """Issue 17: a fresh clone runs every test; no test reads outside the repository."""
    path = data_file(name)
    assert path.parent.parent == Path(__file__).resolve().parent
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) >= 20


def test_no_test_reads_outside_the_repository() -> None:
    here = Path(__file__).resolve().parent
    for module in here.rglob("*.py"):
        depth = len(module.relative_to(here).parts)  # 1 in tests/, 2 in tests/reader/ …
        # the repository's parent, or the team's shared folder beside it (split: not this file)
        outside = (f"parents[{depth + 1}]", "../" + "shared", "shared" + "_file(")
        source = module.read_text(encoding="utf-8")
        assert not any(word in source for word in outside), module.name
