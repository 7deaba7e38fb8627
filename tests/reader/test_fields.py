"""The typed reading (bn_datetime/reader/fields.py): one slot per role, built once from tokens."""

from __future__ import annotations

import dataclasses
import re
import warnings
from datetime import datetime

import pytest

from bn_datetime.options import check_options
from bn_datetime.reader import grammar
from bn_datetime.reader._lexer import scan
from bn_datetime.reader.components import resolve
from bn_datetime.reader.fields import DATE_ROLES, Fields, offset_steps
from bn_datetime.reader.grammar import RULES, roles
from bn_datetime.text.normalize import normalize


@pytest.mark.parametrize("rule", [r for r in RULES if r.example != "…"], ids=lambda r: r.name)
def test_every_rule_fills_slots_not_a_dict(rule: object) -> None:
    tokens = scan(rule.example)  # type: ignore[attr-defined]
    found = roles(tokens.kinds)
    assert found is not None
    reading = Fields.from_roles(tokens, found)
    assert reading.present() >= set(found) - {"fraction"}
    assert not vars(reading).keys() - _FIELD_NAMES  # every role a slot of its own


_FIELD_NAMES = {f.name for f in dataclasses.fields(Fields)}


def test_every_role_the_grammar_names_is_a_field() -> None:
    # Fields is built without __init__ (the slots a text leaves empty read the class's
    # None): a role the grammar misspelt would be set as a stray attribute, so every
    # group name of every form must be a field
    names = {
        name.rstrip("0123456789")
        for form in (*grammar._forms(), *grammar._forms(extra_calendars=False))
        for name in re.findall(r"\(\?P<([a-z]+[0-9]*)>", form)
    }
    assert names and names <= _FIELD_NAMES


def test_every_group_of_the_grammar_takes_one_token() -> None:
    # grammar._match tells the groups that took part by their text (one kind, never empty)
    one_token = re.compile(r"\(\?P<[a-z_]+[0-9]*>(?:\[[^\]]+\]|\\?[^()\[\]\\])\)")
    for form in (*grammar._forms(), *grammar._forms(extra_calendars=False), grammar._hijri_date("[yqd]")):
        assert form.count("(?P<") == len(one_token.findall(form)) > 0


def test_two_digit_year_keeps_its_digits_and_offsets_their_steps() -> None:
    tokens = scan("১৪/০৯/২৪")
    found = roles(tokens.kinds)
    assert found is not None
    assert Fields.from_roles(tokens, found).yeardigits == 2
    tokens = scan("১ বছর ২ মাস আগে")
    assert offset_steps(tokens.kinds, tokens.values, 0) == ((1, "year", -1), (2, "month", -1))


def test_from_mapping_refuses_an_unknown_role() -> None:
    assert Fields.from_mapping({"day": 1, "month": 2}).present() == {"day", "month"}
    with pytest.raises(ValueError, match="no such role: dya"):
        Fields.from_mapping({"dya": 1})


def test_take_copies_only_filled_slots() -> None:
    start = Fields(day=10, month=9, year=2024, hour=22)
    end = Fields(hour=6)
    end.take(start, DATE_ROLES)
    assert (end.day, end.month, end.year, end.hour) == (10, 9, 2024, 6)
    copy = end.copy()
    copy.day = 11
    assert end.day == 10
    assert end.has(("day", "weekday")) and not end.has(("weekday", "relday"))


_NOW = datetime(2024, 9, 14, 20, 0)


def _outcome(reading: Fields, text: str) -> tuple[object, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result: object = resolve(reading, text, lambda role: 0, check_options(now=_NOW)).isoformat()
        except ValueError as exc:
            result = (type(exc).__name__, str(exc))
    return result, [str(w.message) for w in caught]


@pytest.mark.parametrize(
    "text",
    [
        *(r.example for r in RULES if r.example != "…"),
        "শুক্রবার, ১৪ সেপ্টেম্বর ২০২৪",  # a weekday that is not the date's: a warning
        "এ বছরের ১৫ মার্চ",
        "জুন সপ্তাহে",  # after a month name only মাস
        "১৭৩০ ঘণ্টা, ১৪ সেপ্টেম্বর ২০২৪",
        "১৪ সেপ্টেম্বর ২০২৪, রাত ৮.৫ মিনিটে",
        "২০২৪-০৯-১৪T১০:৩০:০০+০৬:০০",
        "১৪ সেপ্টেম্বর ২০২৪ ১০:৩০ +২৫:০০",
        "৩০ ভাদ্র ১৪৩১, ১৫ সেপ্টেম্বর ২০২৪",  # the Bangla date a day off: a warning
        "আগামীকাল ১৫ সেপ্টেম্বর ২০২৪",
        "বৃহস্পতিবার দিবাগত রাত ২টা",
        "সেপ্টেম্বরের প্রথম শুক্রবার",
        "১৪ সেপ্টেম্বর ২০২৪ ১০টা",  # a bare hour: a warning
    ],
)
def test_a_sparse_reading_resolves_as_a_full_one(text: str) -> None:
    # the reader fills only the slots a text has; a reading made with every slot (as the
    # pattern parser and copy() make it) gives the same value, error and warnings
    tokens = scan(normalize(text))
    found = roles(tokens.kinds)
    assert found is not None
    sparse = Fields.from_roles(tokens, found)
    full = Fields(**{name: getattr(sparse, name) for name in _FIELD_NAMES})
    assert len(vars(sparse)) < len(_FIELD_NAMES) == len(vars(full))
    assert _outcome(sparse, text) == _outcome(full, text)
