from __future__ import annotations

from datetime import datetime

import bn_datetime as bd

NOW = datetime(2024, 9, 14, 20, 0)


def test_errors_are_values_and_order_is_kept() -> None:
    rows: list[object] = ["১৪ সেপ্টেম্বর ২০২৪", "হ্যালো", None, float("nan"), "গতকাল", ""]
    out = list(bd.to_iso_many(rows, now=NOW))
    assert out[0] == "2024-09-14"
    assert isinstance(out[1], bd.ParseError)
    assert isinstance(out[2], TypeError)
    assert isinstance(out[3], TypeError)
    assert out[4] == "2024-09-13"
    assert isinstance(out[5], bd.ParseError)


def test_parse_many_streams() -> None:
    def endless() -> object:
        n = 0
        while True:
            n += 1
            yield f"{n % 28 + 1} জানুয়ারি ২০২৪"

    it = bd.parse_many(endless(), now=NOW)  # type: ignore[arg-type]
    first = [next(it) for _ in range(3)]
    assert [d.isoformat() for d in first if isinstance(d, datetime)] == [
        "2024-01-02T00:00:00+06:00",
        "2024-01-03T00:00:00+06:00",
        "2024-01-04T00:00:00+06:00",
    ]


def test_one_now_for_a_batch() -> None:
    results = list(bd.results_many(["আজ", "এখন"], tz="UTC", now=NOW))
    assert [r.isoformat() for r in results if isinstance(r, bd.Parsed)] == [
        "2024-09-14",
        "2024-09-14T20:00:00+00:00",
    ]


def test_pattern_applies_to_every_row() -> None:
    out = list(bd.to_iso_many(["১৪/০৯/২০২৪", "১৪ সেপ্টেম্বর ২০২৪"], "dd/MM/y"))
    assert out[0] == "2024-09-14"
    assert isinstance(out[1], bd.ParseError)
