"""Digits, dates, times, percentages and taka amounts read out as words (bn_datetime.verbalizing)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bn_datetime.numwords as nw
from bn_datetime.digits import to_bengali_digits
from bn_datetime.lexicon._dates import DAY_PERIODS, MONTHS
from bn_datetime.verbalizing import verbalize

_DIGITS = re.compile("[০-৯0-9]")


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # the examples
        ("১৪ সেপ্টেম্বর ২০২৪", "চৌদ্দই সেপ্টেম্বর দুই হাজার চব্বিশ"),
        ("০৬:৪২ পিএম", "সন্ধ্যা ছয়টা বিয়াল্লিশ মিনিট"),
        ("৳১,২৫০.৫০", "এক হাজার দুইশো পঞ্চাশ টাকা পঞ্চাশ পয়সা"),
        ("৪৫%", "পঁয়তাল্লিশ শতাংশ"),
        # dates
        ("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", "চৌদ্দই সেপ্টেম্বর দুই হাজার চব্বিশ, সন্ধ্যা ছয়টা বিয়াল্লিশ মিনিট"),
        ("২১শে ফেব্রুয়ারি ১৯৫২", "একুশে ফেব্রুয়ারি উনিশশো বায়ান্ন"),
        ("১লা বৈশাখ ১৪৩১", "পহেলা বৈশাখ চৌদ্দশো একত্রিশ"),
        ("১৪ সেপ্টে", "চৌদ্দই সেপ্টেম্বর"),
        ("১৪ সেপ্টেম্বরের", "চৌদ্দই সেপ্টেম্বরের"),
        ("১২ মে", "বারোই মে"),
        ("14 সেপ্টেম্বর 2024", "চৌদ্দই সেপ্টেম্বর দুই হাজার চব্বিশ"),
        ("১৪/০৯/২০২৪", "চৌদ্দই সেপ্টেম্বর দুই হাজার চব্বিশ"),
        ("১-১২-২০২৪", "পহেলা ডিসেম্বর দুই হাজার চব্বিশ"),
        ("৩১/০২/২০২৪", "একত্রিশ/শূন্য দুই/দুই হাজার চব্বিশ"),
        ("৩২ জানুয়ারি", "বত্রিশ জানুয়ারি"),
        # times
        ("রাত ৮:৩০", "রাত সাড়ে আটটা"),
        ("১২:০০ এএম", "রাত বারোটা"),
        ("১২:০০ পিএম", "দুপুর বারোটা"),
        ("০১:৩০ পিএম", "দুপুর দেড়টা"),
        ("০২:৩০", "রাত আড়াইটা"),
        ("০৫:১৫", "ভোর সোয়া পাঁচটা"),
        ("১৪:৪৫", "দুপুর পৌনে তিনটা"),
        ("১৬:০০", "বিকাল চারটা"),
        ("০৯:১৫:০৫", "সকাল নয়টা পনেরো মিনিট পাঁচ সেকেন্ড"),
        ("সকাল ১০:৩০-এ", "সকাল সাড়ে দশটায়"),
        ("১০:০৫-এ", "সকাল দশটা পাঁচ মিনিটে"),
        ("৬:৪২ pm", "সন্ধ্যা ছয়টা বিয়াল্লিশ মিনিট"),
        ("২৫:৬১", "পঁচিশ:একষট্টি"),
        ("১৩:০০ পিএম", "তেরো:শূন্য শূন্য পিএম"),
        # money and percentages
        ("১২,৩৪,৫৬৭.৫০৳", "বারো লাখ চৌত্রিশ হাজার পাঁচশো সাতষট্টি টাকা পঞ্চাশ পয়সা"),
        ("৳৫০০", "পাঁচশো টাকা"),
        ("৳ ৫.৫", "পাঁচ টাকা পঞ্চাশ পয়সা"),
        ("৳১.০০", "এক টাকা"),
        ("Tk 500", "পাঁচশো টাকা"),
        ("Tk. 1,250", "এক হাজার দুইশো পঞ্চাশ টাকা"),
        ("৳১.৫ কোটি", "এক দশমিক পাঁচ কোটি টাকা"),
        ("৳১.২৫৫", "এক দশমিক দুই পাঁচ পাঁচ টাকা"),
        ("১২.৫%", "বারো দশমিক পাঁচ শতাংশ"),
        ("১০০ %", "একশো শতাংশ"),
        # ordinals and years
        ("৩য় স্থান", "তৃতীয় স্থান"),
        ("১১তম সংসদ", "একাদশ সংসদ"),
        ("৩২তম", "বত্রিশতম"),
        ("২১শে", "একুশে"),
        ("১৯৭১ সালে", "উনিশশো একাত্তর সালে"),
        ("১৪৩১ বঙ্গাব্দ", "চৌদ্দশো একত্রিশ বঙ্গাব্দ"),
        ("২০২৪ খ্রিস্টাব্দ", "দুই হাজার চব্বিশ খ্রিস্টাব্দ"),
        # plain numbers
        ("১৭ লাখ", "সতেরো লাখ"),
        ("২.৫ কোটি", "দুই দশমিক পাঁচ কোটি"),
        ("৫টি বই", "পাঁচটি বই"),
        ("১০টায়", "দশটায়"),
        ("-৫ ডিগ্রি", "মাইনাস পাঁচ ডিগ্রি"),
        ("১০-১২ জন", "দশ-বারো জন"),
        ("২০২৪-২৫ অর্থবছর", "দুই হাজার চব্বিশ-পঁচিশ অর্থবছর"),
        ("১,২৫,০০০", "এক লাখ পঁচিশ হাজার"),
        ("১,২", "এক,দুই"),
        ("০১৭১১২৩৪৫৬৭", "শূন্য এক সাত এক এক দুই তিন চার পাঁচ ছয় সাত"),
        ("1971", "এক হাজার নয়শো একাত্তর"),
        ("COVID-19", "COVID-উনিশ"),
        # text without numbers
        ("কোনো সংখ্যা নেই", "কোনো সংখ্যা নেই"),
        ("", ""),
    ],
)
def test_verbalize(text: str, spoken: str) -> None:
    assert verbalize(text) == spoken


def test_type_error() -> None:
    with pytest.raises(TypeError):
        verbalize(2024)  # type: ignore[arg-type]


@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_integers_are_cardinals(n: int) -> None:
    assert verbalize(to_bengali_digits(n)) == nw.number_to_words(n)
    assert verbalize(str(n)) == nw.number_to_words(n)


@given(st.integers(min_value=0, max_value=10**15 - 1), st.sampled_from(["lakh", "international"]))
def test_grouped_numbers_read_back(n: int, grouping: Any) -> None:
    spoken = verbalize(nw.format_number(n, grouping=grouping))
    assert not _DIGITS.search(spoken)
    assert nw.words_to_number(spoken) == n


@given(st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False))
def test_decimals_read_back(d: Decimal) -> None:
    spoken = verbalize(to_bengali_digits(format(d, "f")))
    assert nw.words_to_number(spoken) == d


@given(
    st.dates(min_value=dt.date(1100, 1, 1), max_value=dt.date(2999, 12, 31)),
    st.booleans(),
)
def test_dates(day: dt.date, numeric: bool) -> None:
    month = MONTHS[day.month - 1][1][0]
    numeric_text = f"{day.day:02}/{day.month:02}/{day.year}"
    text = numeric_text if numeric else f"{day.day} {month} {day.year}"
    spoken = verbalize(to_bengali_digits(text))
    ordinal_word, month_word, *year_words = spoken.split(" ")
    assert nw.parse_ordinal(ordinal_word) == day.day
    assert month_word == month
    assert nw.words_to_number(" ".join(year_words)) == day.year


_PERIODS = {p.name for p in DAY_PERIODS}


@given(st.times(), st.booleans())
def test_times(moment: dt.time, seconds: bool) -> None:
    text = f"{moment.hour:02}:{moment.minute:02}"
    if seconds:
        text += f":{moment.second:02}"
    spoken = verbalize(to_bengali_digits(text))
    assert not _DIGITS.search(spoken)
    assert spoken.split(" ")[0] in _PERIODS


_NUMBERISH = st.lists(
    st.sampled_from([*"০১২৩৪৫৬৭৮৯0123456789:/.,-%৳ টিমইশেলারাঠাTk", "পিএম", "সালে", "মে", "লাখ"]),
    max_size=30,
).map("".join)


@given(st.one_of(st.text(max_size=60), _NUMBERISH))
def test_any_text_is_verbalized_without_error_and_stably(text: str) -> None:
    once = verbalize(text)
    assert isinstance(once, str)
    assert verbalize(once) == once
