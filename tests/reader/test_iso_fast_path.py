"""The ISO fast path of the news form writes what the full pipeline writes.

``to_iso`` of ``১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম`` (with or without a byline label) is
written directly from the fields and the zone's table of offsets over ranges of days
(``tz.wall_table``), without a ``datetime``. Parity is the rule: on generated strings of
the form (1900–2100, zones with daylight saving and without) and on every text in
``tests/data``, the answer is the one the full path gives with the fast path off.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import bn_datetime as bd
from bn_datetime import tz as _tz
from bn_datetime.errors import ParseError
from bn_datetime.reader import _newsform
from bn_datetime.reader._lexer import BASE_WORDS, WORDS
from bn_datetime.reader.parsing import _full
from tests._paths import DATA

ZONES = ("Asia/Dhaka", "Asia/Kolkata", "UTC", "Europe/London", "+05:45", "America/Adak")
MONTH_WORDS = sorted(w for w in BASE_WORDS if WORDS[w][0] == "M")
AMPM_WORDS = sorted(w for w in BASE_WORDS if WORDS[w][0] == "A")
LABELS = sorted(_newsform._LABELS)
SEPARATORS = ("", " :", ":", " ঃ", "ঃ", ",", " -", " |")
BENGALI = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


@contextmanager
def fast_path_off() -> Iterator[None]:
    """The news form's one step switched off: every text goes the full way."""
    saved = _newsform.iso, _newsform.parsed
    _newsform.iso = lambda text, tz: None
    _newsform.parsed = lambda text, tz: None
    try:
        yield
    finally:
        _newsform.iso, _newsform.parsed = saved


def outcome(call: Callable[[], object]) -> tuple[object, ...]:
    """A result or the error (type, position, message), and the warnings given."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result: object = call()
        except Exception as exc:  # any error is compared
            result = (type(exc), getattr(exc, "position", None), str(exc))
    return repr(result), [(w.category, str(w.message)) for w in caught]


def full_iso(text: str, tz: str) -> str | ParseError:
    try:
        return _full(text, None, tz, None, "raise", False, "bd", None).isoformat()
    except ParseError as error:
        return error


@st.composite
def news_strings(draw: Any) -> tuple[str, datetime]:
    """A wall time 1900–2100 written in the news form, a label or none, either digits."""
    value = draw(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31, 23, 59, 59)))
    value = value.replace(microsecond=0)
    near = draw(st.sampled_from([None, *_CHANGES]))
    if near is not None:  # often right at a clock change
        value = near + timedelta(minutes=draw(st.integers(-150, 150)))
    day = str(value.day) if draw(st.booleans()) else f"{value.day:02d}"
    text = f"{day} {draw(st.sampled_from(MONTH_WORDS))} {value.year:04d}"
    timed = draw(st.sampled_from(["none", "12h", "24h", "12h-seconds", "24h-seconds"]))
    if timed != "none":
        hour = value.hour if timed.startswith("24h") else (value.hour % 12 or 12)
        text += draw(st.sampled_from([", ", " "])) + f"{hour:02d}:{value.minute:02d}"
        if timed.endswith("seconds"):
            text += f":{value.second:02d}"
        if timed.startswith("12h"):
            text += " " + draw(st.sampled_from(AMPM_WORDS))
    if draw(st.booleans()):
        text = text.translate(BENGALI)
    if draw(st.booleans()):
        labels = " ".join(draw(st.lists(st.sampled_from(LABELS), min_size=1, max_size=2)))
        text = f"{labels}{draw(st.sampled_from(SEPARATORS))} {text}"
    return text, value


# Clock changes of the zones tested: Dhaka's 2009 daylight saving, London's, Adak's.
_CHANGES = (
    datetime(2009, 6, 19, 23, 0), datetime(2009, 12, 31, 23, 59), datetime(1941, 10, 1, 0, 0),
    datetime(1942, 5, 15), datetime(1951, 9, 30), datetime(2024, 3, 31, 1, 0),
    datetime(2024, 10, 27, 1, 0), datetime(1968, 2, 18, 2, 0), datetime(2100, 3, 14, 2, 0),
)


@settings(max_examples=600)
@given(news_strings(), st.sampled_from(ZONES))
@example(("২০ জুন ২০০৯, ১০:০০ এএম", datetime(2009, 6, 20, 10)), "Asia/Dhaka")
@example(("১৯ জুন ২০০৯, ১১:৩০ পিএম", datetime(2009, 6, 19, 23, 30)), "Asia/Dhaka")
@example(("৩১ ডিসেম্বর ২০০৯, ১১:৩০ পিএম", datetime(2009, 12, 31, 23, 30)), "Asia/Dhaka")
@example(("৩১ ডিসেম্বর ২০০৯, ১০:৩০ এএম", datetime(2009, 12, 31, 10, 30)), "Asia/Dhaka")
@example(("প্রকাশ : ৩১ মার্চ ২০২৪, ০১:৩০ এএম", datetime(2024, 3, 31, 1, 30)), "Europe/London")
@example(("২৭ অক্টোবর ২০২৪, ০১:৩০", datetime(2024, 10, 27, 1, 30)), "Europe/London")
def test_fast_path_equals_full_path(case: tuple[str, datetime], zone: str) -> None:
    text, _ = case
    fast = _newsform.iso(text, zone)
    expected = full_iso(text, zone)
    if fast is not None:
        assert fast == expected, text
    with fast_path_off():
        off = outcome(lambda: bd.to_iso(text, tz=zone))
    assert outcome(lambda: bd.to_iso(text, tz=zone)) == off, text


def test_the_fast_path_answers_the_news_form() -> None:
    """Labels, fixed zones and UTC take it; a day of a clock change only near the change."""
    seed = "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"
    assert _newsform.iso(seed, "Asia/Dhaka") == "2024-09-14T18:42:00+06:00"
    assert _newsform.iso(seed, "Asia/Kolkata") == "2024-09-14T18:42:00+05:30"
    assert _newsform.iso(seed, "UTC") == "2024-09-14T18:42:00+00:00"
    assert _newsform.iso(seed, "Europe/London") == "2024-09-14T18:42:00+01:00"
    assert _newsform.iso("সর্বশেষ আপডেট: " + seed, "Asia/Dhaka") == "2024-09-14T18:42:00+06:00"
    assert _newsform.iso("প্রকাশ : " + seed, "Asia/Dhaka") == "2024-09-14T18:42:00+06:00"
    assert _newsform.iso("২০ জুন ২০০৯, ১০:০০ এএম", "Asia/Dhaka") == "2009-06-20T10:00:00+07:00"
    assert _newsform.iso("১৯ জুন ২০০৯, ১০:০০ এএম", "Asia/Dhaka") == "2009-06-19T10:00:00+06:00"
    assert _newsform.iso("১৯ জুন ২০০৯, ১১:৩০ পিএম", "Asia/Dhaka") is None  # skipped: the full path
    assert _newsform.iso("খবর: " + seed, "Asia/Dhaka") is None  # not a label


def test_wall_table_agrees_with_localize() -> None:
    """Every day a table covers: each hour of it localizes to the table's offset."""
    for name in ("Asia/Dhaka", "Asia/Kolkata", "Europe/London"):
        table = _tz.wall_table(name)
        assert table is not None
        for year in range(1900, 2101, 3):
            for month in range(1, 13):
                for day in (1, 15, 28):
                    key = _tz.wall_key(year, month, day)
                    i = max(0, next((k for k in range(len(table.starts)) if table.starts[k] > key), len(table.starts)) - 1)
                    if not table.starts[i] <= key < table.ends[i]:
                        continue
                    for hour in (0, 1, 2, 12, 23):
                        local = _tz.localize(datetime(year, month, day, hour, 59, 59), name)
                        assert local.isoformat()[19:] == table.offsets[i], (name, local)
                        assert local.tzinfo is table.infos[i]


def _data_texts() -> list[str]:
    texts: list[str] = []
    for line in (DATA / "real_world_cases.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            texts += line.split("\t")[:1]
    for name, key in (("news_cases.jsonl", "text"), ("dateparser_bn_cases.jsonl", "input")):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)[key])
    texts += (DATA / "kalbela_2024-09-14.txt").read_text(encoding="utf-8").splitlines()
    texts += (DATA / "verbalize_sentences.txt").read_text(encoding="utf-8").splitlines()
    return [t for t in dict.fromkeys(texts) if t.strip()]


@pytest.mark.parametrize("zone", ["Asia/Dhaka", "Asia/Kolkata", "UTC"])
def test_every_data_text_is_the_same_with_the_fast_path_off(zone: str) -> None:
    texts = _data_texts()
    now = datetime(2024, 9, 14, 20, 0)
    calls = (bd.to_iso, bd.parse_result, bd.read)

    def answers() -> list[object]:
        return [outcome(lambda: call(t, tz=zone, now=now)) for t in texts for call in calls]  # noqa: B023

    on = answers()
    with fast_path_off():
        off = answers()
    assert len(texts) > 200
    for index, (have, want) in enumerate(zip(on, off, strict=True)):
        assert have == want, texts[index // len(calls)]
    answered = sum(_newsform.iso(t, zone) is not None for t in texts)
    assert answered >= 10  # the news-form rows take the fast path
