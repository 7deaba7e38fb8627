"""Digits, dates, times, percentages and taka amounts read out as words (bn_datetime.writer.verbalizing)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import bn_datetime as bd
import bn_datetime.numerals.numwords as nw
from bn_datetime.lexicon._dates import DAY_PERIODS, MONTHS
from bn_datetime.reader.components import period_of_hour
from bn_datetime.strategies import bengali_datetime_strings
from bn_datetime.text.digits import to_bengali_digits
from bn_datetime.writer.verbalizing import verbalize
from tests._paths import DATA

_DIGITS = re.compile("[০-৯0-9]")
_NOW = dt.datetime(2024, 9, 14, 18, 42, tzinfo=dt.timezone(dt.timedelta(hours=6)))


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


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("স্কোর ২:১", "স্কোর দুই-এক"),
        ("১/২ কেজি", "আধা কেজি"),
        ("৩/৪ কাপ", "চার ভাগের তিন কাপ"),
        ("৪/৫ জন", "চার-পাঁচ জন"),
        ("২/৩ দিন", "দুই-তিন দিন"),
        ("১২/৩৪৫ নম্বর", "বারো বাই তিনশো পঁয়তাল্লিশ নম্বর"),
        ("০১৭১১-২৩৪৫৬৭", "শূন্য এক সাত এক এক দুই তিন চার পাঁচ ছয় সাত"),
        ("+৮৮০ ১৭১১-২৩৪৫৬৭", "প্লাস আট আট শূন্য এক সাত এক এক দুই তিন চার পাঁচ ছয় সাত"),
        ("০১২ নম্বর", "শূন্য এক দুই নম্বর"),
        ("রাত ১২:০০টায়", "রাত বারোটায়"),
        ("৬:৪২টায়", "সকাল ছয়টা বিয়াল্লিশ মিনিটে"),
        ("সন্ধ্যা ৭:০০টার", "সন্ধ্যা সাতটার"),
        ("১১৯.৫০ টাকা", "একশো উনিশ টাকা পঞ্চাশ পয়সা"),
        ("১১৯.৫০ টাকায়", "একশো উনিশ টাকা পঞ্চাশ পয়সায়"),
        ("₹৫০০", "পাঁচশো রুপি"),
        ("৫০০₹", "পাঁচশো রুপি"),
        ("১৯৭১-এ", "উনিশশো একাত্তরে"),
        ("১৯৫২-এর", "উনিশশো বায়ান্নের"),
        ("১০-এ", "দশে"),
        ("২-এ", "দুইয়ে"),
        ("৩৮.৫°", "আটত্রিশ দশমিক পাঁচ ডিগ্রি"),
        ("-৫°C", "মাইনাস পাঁচ ডিগ্রি সেলসিয়াস"),
        ("২০২৪-০৯-১৪", "চৌদ্দই সেপ্টেম্বর দুই হাজার চব্বিশ"),
        ("২০২৪-০৯-১৪T১৮:৪২", "চৌদ্দই সেপ্টেম্বর দুই হাজার চব্বিশ, সন্ধ্যা ছয়টা বিয়াল্লিশ মিনিট"),
        ("১৪/০৯/২৪", "চৌদ্দই সেপ্টেম্বর দুই হাজার চব্বিশ"),
        ("18/10/202৩", "আঠারোই অক্টোবর দুই হাজার তেইশ"),
        ("১.২.৩০ ধারা", "এক দশমিক দুই.ত্রিশ ধারা"),
        ("১৯৯০-৯১ অর্থবছর", "উনিশশো নব্বই-একানব্বই অর্থবছর"),
        ("H1N1", "H এক N এক"),
        ("COVID-19", "COVID-উনিশ"),
        # a web address is deliberately left whole, digits and all
        ("দেখুন https://example.com/2024/09/14 ১২টায়", "দেখুন https://example.com/2024/09/14 বারোটায়"),
        ("www.site24.com", "www.site24.com"),
    ],
)
def test_verbalize_never_half_speaks(text: str, spoken: str) -> None:
    assert verbalize(text) == spoken


def _sentences() -> list[str]:
    return (DATA / "verbalize_sentences.txt").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("text", _sentences())
def test_news_notices_and_shops_leave_no_digit(text: str) -> None:
    """Sentences from news, notices, schedules and shop pages: every digit is spoken."""
    spoken = verbalize(text)
    assert not _DIGITS.search(spoken), spoken
    assert "টাটা" not in spoken, spoken  # no doubled clock suffix


@pytest.mark.parametrize(
    "text", ["রাত ১২:০০", "১২:৩০", "১২:০০ এএম", "০৬:৪২ পিএম", "২৩:৫৯", "০০:১৫", "০৪:৪৫", "১৬:৩০"]
)
def test_a_time_is_said_in_the_day_period_parse_reads(text: str) -> None:
    value = bd.parse_result(text, now=_NOW).value
    assert verbalize(text).startswith(DAY_PERIODS[period_of_hour(value.hour)].name + " ")


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
    # a numeric date in 1300-1499 without its era is a Bangla date as much as a Gregorian
    # one: search reads neither, so its numbers are said as numbers (see below)
    assume(not (numeric and 1300 <= day.year < 1500))
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


# --- dates and times come from search: the one scanner and grammar (issue 13) -----------

_FILLERS = st.sampled_from(["", "ঢাকায় সভা হবে ", "মোট ৫টি বাস, ", "খবর। ", "\n"])


@given(bengali_datetime_strings(), _FILLERS, _FILLERS)
def test_a_date_search_finds_is_spoken_as_that_date(drawn: tuple[str, dt.datetime], before: str, after: str) -> None:
    text = before + drawn[0] + " " + after
    spoken = verbalize(text, now=_NOW)
    assert not _DIGITS.search(spoken), spoken
    for match in bd.search(text, now=_NOW):
        if not _DIGITS.search(match.text) or match.calendar != "gregorian" or match.value is None:
            continue
        if match.precision not in ("day", "hour", "minute", "second"):
            continue
        # the date as printed: রাত ১২টা is written under the day it ends
        days = [match.value.date()]
        if match.value.hour == 0:
            days.append(days[0] - dt.timedelta(days=1))
        assert any(_spoken_as(day, spoken) for day in days), (text, spoken)


def _spoken_as(day: dt.date, spoken: str) -> bool:
    return (
        nw.date_ordinal(day.day, style="words") in spoken
        and any(name in spoken for name in MONTHS[day.month - 1][1])
        and nw.number_to_words(day.year, style="year") in spoken
    )


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # a date search refuses is not spoken as one: its numbers are said as numbers
        ("৩০ ফেব্রুয়ারি ২০২৪", "ত্রিশ ফেব্রুয়ারি দুই হাজার চব্বিশ"),
        ("০১/০১/১৪৯৯", "শূন্য এক/শূন্য এক/এক হাজার চারশো নিরানব্বই"),  # Bangla or Gregorian?
        # what search reads is spoken as a date: a day as a date ordinal, wherever it stands
        ("সেপ্টেম্বর ১৪, ২০২৪", "সেপ্টেম্বর চৌদ্দই, দুই হাজার চব্বিশ"),
        ("Sep 14, 2024", "Sep চৌদ্দই, দুই হাজার চব্বিশ"),
        ("জ্যৈষ্ঠ ৩১, ১৪৩২", "জ্যৈষ্ঠ একত্রিশে, চৌদ্দশো বত্রিশ"),
        ("১০ রজব ১৪৪৬ হিজরি", "দশই রজব চৌদ্দশো ছেচল্লিশ হিজরি"),
        ("২৭শে রমযান, ১৪৪৬", "সাতাশে রমযান, চৌদ্দশো ছেচল্লিশ"),
        ("২৯ ভাদ্র ১৪৩১ বঙ্গাব্দ/১৩ সেপ্টেম্বর ২০২৪ খ্রিঃ", "ঊনত্রিশে ভাদ্র চৌদ্দশো একত্রিশ বঙ্গাব্দ/তেরোই সেপ্টেম্বর দুই হাজার চব্বিশ খ্রিঃ"),
        ("শুক্রবার (১৭নভেম্বর)", "শুক্রবার (সতেরোই নভেম্বর)"),
        ("১৪ সেপ্টেম্বর ২০২৪-এ", "চৌদ্দই সেপ্টেম্বর দুই হাজার চব্বিশে"),
        ("২০২৪ সালের ১৪ সেপ্টেম্বর", "দুই হাজার চব্বিশ সালের চৌদ্দই সেপ্টেম্বর"),
        ("১৪ থেকে ১৬ সেপ্টেম্বর", "চৌদ্দ থেকে ষোলোই সেপ্টেম্বর"),
        # the 14th or the 15th, said as a range of days is: no slash left between words
        ("১৪/১৫ সেপ্টেম্বর", "চৌদ্দ-পনেরোই সেপ্টেম্বর"),
        ("মেলা ২৮/২৯ ডিসেম্বর", "মেলা আটাশ-ঊনত্রিশে ডিসেম্বর"),
        # a day before তারিখ is a count of days
        ("ডিসেম্বরের ৭ তারিখ", "ডিসেম্বরের সাত তারিখ"),
        ("২২শে তারিখ", "বাইশে তারিখ"),
        # clocks
        ("১০:০০-১২:০০", "সকাল দশটা-দুপুর বারোটা"),  # a range, not a zone -১২:০০
        ("১২:৩০ রাত", "সাড়ে বারোটা রাত"),  # the day period written after: not said twice
        ("সকাল ১০ঃ৩০ টা", "সকাল সাড়ে দশটা"),  # টা after a space replaces the hour's টা too
        ("১৮:৪২:০৫.৫", "সন্ধ্যা ছয়টা বিয়াল্লিশ মিনিট পাঁচ দশমিক পাঁচ সেকেন্ড"),
        ("২০২৪-০৯-১৪ ১৮:৪২", "চৌদ্দই সেপ্টেম্বর দুই হাজার চব্বিশ, সন্ধ্যা ছয়টা বিয়াল্লিশ মিনিট"),
        # a date inside a web address is the address
        ("www.example.com/14-09-2024", "www.example.com/14-09-2024"),
    ],
)
def test_dates_and_times_as_search_reads_them(text: str, spoken: str) -> None:
    assert verbalize(text, now=_NOW) == spoken
