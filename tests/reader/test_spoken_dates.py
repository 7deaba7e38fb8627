"""Dates written with number words, read through bn_datetime.numerals.numwords."""

from __future__ import annotations

from datetime import datetime

import pytest

import bn_datetime as bd

NOW = datetime(2024, 9, 14, 20, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("চৌদ্দ সেপ্টেম্বর দুই হাজার চব্বিশ", "2024-09-14"),
        ("একুশে ফেব্রুয়ারি উনিশশো বাহান্ন", "1952-02-21"),
        ("ষোলই ডিসেম্বর উনিশশো একাত্তর", "1971-12-16"),
        ("পহেলা বৈশাখ ১৪৩১", "2024-04-14"),
        ("পয়লা বৈশাখ ১৪৩১", "2024-04-14"),
        ("পঁচিশে বৈশাখ ১৪৩১", "2024-05-08"),
        ("বাইশে শ্রাবণ ১৪৩১", "2024-08-06"),
        ("রাত নয়টা", "21:00:00"),
        ("সকাল দশটা, চৌদ্দ সেপ্টেম্বর ২০২৪", "2024-09-14T10:00:00+06:00"),
    ],
)
def test_spoken_dates(text: str, expected: str) -> None:
    assert bd.to_iso(text, now=NOW) == expected


@pytest.mark.parametrize("text", ["হ্যালো দুই", "বত্রিশ সেপ্টেম্বর দুই হাজার চব্বিশ"])
def test_spoken_rejections(text: str) -> None:
    with pytest.raises(bd.ParseError):
        bd.parse(text, now=NOW)
