"""Every example of issue 2's "Must parse" section, as a table of text → ISO 8601.

Written from the issue (not from the implementation) as a second reader: each row is
the answer the issue or the documented rules demand. ``NOW`` is the moment the
year-less, weekday-only and time-only rows are read against (Saturday 14 September
2024, 20:00 in Dhaka). A row the library gets wrong is marked ``xfail(strict=True)``
with ``BUG:`` in the reason, so it turns into a failure once fixed (then drop the mark).

Besides the table itself, every row is checked again with its digits written in ASCII
and in Bengali, in NFD, and with য় ড় ঢ় in the other encoding: none may change the answer.
"""

from __future__ import annotations

import unicodedata
import warnings
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import pytz

import bn_datetime as bd

DHAKA = ZoneInfo("Asia/Dhaka")
NOW = datetime(2024, 9, 14, 20, 0, tzinfo=DHAKA)  # a Saturday
SEED = "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"
SEED_ISO = "2024-09-14T18:42:00+06:00"

# ---- building the table ----------------------------------------------------------------

_ids: dict[str, int] = {}


def case(group: str, text: str, expected: str, bug: str | None = None, **kwargs: Any) -> Any:
    """One row: ``to_iso(text, now=NOW, **kwargs) == expected``; ``bug`` marks a known failure."""
    _ids[group] = _ids.get(group, 0) + 1
    marks = [pytest.mark.xfail(strict=True, reason=f"BUG: {bug}")] if bug else []
    return pytest.param(text, expected, kwargs, id=f"{group}-{_ids[group]}", marks=marks)


CASES: list[Any] = [case("seed", "প্রকাশ : ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", SEED_ISO)]

# Labels, each with ":", " : " and "ঃ" (glued and spaced).
LABELS = ("প্রকাশ", "প্রকাশিত", "আপডেট", "সর্বশেষ আপডেট", "শেষ আপডেট", "হালনাগাদ", "তারিখ")
CASES += [
    case("label", f"{label}{sep}{SEED}", SEED_ISO)
    for label in LABELS
    for sep in (":", ": ", " : ", "ঃ", "ঃ ", " ঃ ")
]

# Day: Bengali, ASCII and mixed digits, leading zeros.
CASES += [
    case("day", "১৪ সেপ্টেম্বর ২০২৪", "2024-09-14"),
    case("day", "14 সেপ্টেম্বর 2024", "2024-09-14"),
    case("day", "1৪ সেপ্টেম্বর ২০২৪", "2024-09-14"),
    case("day", "0৭ সেপ্টেম্বর ২০২৪", "2024-09-07"),
    case("day", "০৭ সেপ্টেম্বর ২০২৪", "2024-09-07"),
    case("day", "৭ সেপ্টেম্বর ২০২৪", "2024-09-07"),
    case("day", "7 সেপ্টেম্বর 2024", "2024-09-07"),
    case("day", "১৪ সেপ্টেম্বর 2০2৪", "2024-09-14"),
]


# Date ordinals ১লা ২রা ৩রা ৪ঠা ৫ই…১৮ই ১৯শে…৩১শে, attached and spaced.
def _ordinal(day: int) -> str:
    if day == 1:
        return "লা"
    if day in (2, 3):
        return "রা"
    if day == 4:
        return "ঠা"
    return "ই" if day <= 18 else "শে"


for _day in range(1, 32):
    _bn = bd.to_bengali_digits(_day)
    CASES.append(case("ordinal", f"{_bn}{_ordinal(_day)} অক্টোবর ২০২৪", f"2024-10-{_day:02d}"))
    CASES.append(case("ordinal", f"{_bn} {_ordinal(_day)} অক্টোবর ২০২৪", f"2024-10-{_day:02d}"))
CASES += [
    case("ordinal", "২৩ শে সেপ্টেম্বর ২০২৪", "2024-09-23"),
    case("ordinal", "২১শে ফেব্রুয়ারি ১৯৫২", "1952-02-21"),
    case("ordinal", "28th সেপ্টেম্বর 2024", "2024-09-28"),
    case("ordinal", "1st অক্টোবর 2024", "2024-10-01"),
    case("ordinal", "28th September 2024", "2024-09-28"),
    case("ordinal", "1st Oct 2024", "2024-10-01"),
    case("ordinal", "2nd Oct 2024", "2024-10-02"),
    case("ordinal", "3rd Oct 2024", "2024-10-03"),
    case("ordinal", "21st Oct 2024", "2024-10-21"),
    case("ordinal", "September 28th, 2024", "2024-09-28"),
]

# Months: every spelling the issue lists, CLDR's bn / bn_IN abbreviations (format and
# stand-alone), and English names and abbreviations in any case.
MONTH_SPELLINGS: list[tuple[int, str, str | None]] = [
    (1, "জানুয়ারি", None),
    (1, "জানুয়ারী", None),
    (1, "জানু", None),
    (2, "ফেব্রুয়ারি", None),
    (2, "ফেব্রুয়ারী", None),
    (2, "ফেব", None),
    (3, "মার্চ", None),
    (4, "এপ্রিল", None),
    (4, "এপ্রি", None),
    (5, "মে", None),
    (6, "জুন", None),
    (7, "জুলাই", None),
    (7, "জুল", None),
    (8, "আগস্ট", None),
    (8, "আগষ্ট", None),
    (8, "অগাস্ট", None),
    (8, "অগস্ট", None),
    (8, "আগ", None),
    (9, "সেপ্টেম্বর", None),
    (9, "সেপ্টেম্বার", None),
    (9, "সেপ", None),
    (9, "সেপ্ট", None),
    (9, "সেপ্টেঃ", None),
    (10, "অক্টোবর", None),
    (10, "অক্টোবার", None),
    (10, "অক্টো", None),
    (10, "অক্টোঃ", None),
    (11, "নভেম্বর", None),
    (11, "নবেম্বর", None),
    (11, "নভে", None),
    (11, "নভেঃ", None),
    (12, "ডিসেম্বর", None),
    (12, "ডিসেম্বার", None),
    (12, "ডিসে", None),
    (12, "ডিসেঃ", None),
]
ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
for _month, _name, _bug in MONTH_SPELLINGS:
    CASES.append(case("month", f"১৪ {_name} ২০২৪", f"2024-{_month:02d}-14", bug=_bug))
    CASES.append(case("month", f"{_name} ১৪, ২০২৪", f"2024-{_month:02d}-14", bug=_bug))
for _month, _english in enumerate(ENGLISH_MONTHS, start=1):
    for _spelling in {
        _english,
        _english.upper(),
        _english.lower(),
        _english[:3],
        _english[:3].upper(),
        _english[:3].lower(),
    }:
        CASES.append(case("english", f"14 {_spelling} 2024", f"2024-{_month:02d}-14"))
CASES += [
    case("english", "14 Sept 2024", "2024-09-14"),
    case("english", "14 Sept. 2024", "2024-09-14"),
    case("english", "September 14, 2024", "2024-09-14"),
    case("english", "SEP 14, 2024", "2024-09-14"),
]

# Orders and separators.
CASES += [
    case("order", "১৪ সেপ্টেম্বর ২০২৪", "2024-09-14"),
    case("order", "১৪ সেপ্টেম্বর, ২০২৪", "2024-09-14"),
    case("order", "সেপ্টেম্বর ১৪, ২০২৪", "2024-09-14"),
    case("order", "সেপ্টেম্বর ১৪ ২০২৪", "2024-09-14"),
    case("order", "২০২৪ সালের ১৪ সেপ্টেম্বর", "2024-09-14"),
    case("order", "২০২৪ সালের ১৪ই সেপ্টেম্বর", "2024-09-14"),
    case("order", "২০২৪ সালের ১৪ সেপ্টেম্বর ১৮:৪২", "2024-09-14T18:42:00+06:00"),
    # a weekday before, after, in parentheses or wedged between month and year
    case("weekday", "শনিবার, ১৪ সেপ্টেম্বর ২০২৪", "2024-09-14"),
    case("weekday", "শনিবার ১৪ সেপ্টেম্বর ২০২৪", "2024-09-14"),
    case("weekday", "১৪ সেপ্টেম্বর ২০২৪, শনিবার", "2024-09-14"),
    case("weekday", "১৪ সেপ্টেম্বর ২০২৪ শনিবার", "2024-09-14"),
    case("weekday", "১৪ সেপ্টেম্বর ২০২৪ (শনিবার)", "2024-09-14"),
    case("weekday", "(শনিবার) ১৪ সেপ্টেম্বর ২০২৪", "2024-09-14"),
    case("weekday", "১৪ অক্টোবর,শুক্রবার,২০২২", "2022-10-14"),
    case("weekday", "১৪ অক্টোবর, শুক্রবার, ২০২২", "2022-10-14"),
    case("weekday", "শনি, ১৪ সেপ্টে ২০২৪", "2024-09-14"),
    case("weekday", "Sat, 14 Sep 2024", "2024-09-14"),
    case("weekday", "শনিবার, ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", SEED_ISO),
    case("weekday", "১৪ সেপ্টেম্বর ২০২৪ (শনিবার), ০৬:৪২ পিএম", SEED_ISO),
    case("weekday", "০৬:৪২ পিএম, শনিবার, ১৪ সেপ্টেম্বর ২০২৪", SEED_ISO),
    case("weekday", "সেপ্টেম্বর ১৪, ২০২৪, শনিবার", "2024-09-14"),
    # numeric forms, day first, in any digits
    case("numeric", "১৪/০৯/২০২৪", "2024-09-14"),
    case("numeric", "14/09/2024", "2024-09-14"),
    case("numeric", "1৪/0৯/২০24", "2024-09-14"),
    case("numeric", "১৪-০৯-২০২৪", "2024-09-14"),
    case("numeric", "14-09-2024", "2024-09-14"),
    case("numeric", "১৪.০৯.২০২৪", "2024-09-14"),
    case("numeric", "14.09.2024", "2024-09-14"),
    case("numeric", "৫/৯/২০২৪", "2024-09-05"),
    case("numeric", "০৫/০৯/২০২৪", "2024-09-05"),
    case("numeric", "২০২৪-০৯-১৪", "2024-09-14"),
    case("numeric", "2024-09-14", "2024-09-14"),
    case("numeric", "২০২৪-0৯-১৪", "2024-09-14"),
    case("numeric", "১৪/০৯/২০২৪ ১৮:৪২", "2024-09-14T18:42:00+06:00"),
    case("numeric", "১৪/০৯/২০২৪, ০৬:৪২ পিএম", SEED_ISO),
    # full ISO 8601
    case("iso", "2024-09-14T18:42:00+06:00", SEED_ISO),
    case("iso", "২০২৪-০৯-১৪T১৮:৪২:০০+০৬:০০", SEED_ISO),
    case("iso", "2024-09-14T18:42:05+06:00", "2024-09-14T18:42:05+06:00"),
    case("iso", "2024-09-14T18:42+06:00", SEED_ISO),
    case("iso", "2024-09-14T18:42:00", SEED_ISO),
    case("iso", "2024-09-14 18:42:00", SEED_ISO),
    case("iso", "2024-09-14T12:42:00Z", "2024-09-14T12:42:00+00:00"),
    case("iso", "2024-09-14T18:42:00.5+06:00", "2024-09-14T18:42:00.500000+06:00"),
    case("iso", "2024-09-14T18:42:00+05:30", "2024-09-14T18:42:00+05:30"),
    case("iso", "2024-09-14T18:42:00-04:00", "2024-09-14T18:42:00-04:00"),
    # two-digit years: 00–68 → 20xx, 69–99 → 19xx
    case("yy", "১৪ সেপ্টেম্বর ২৪", "2024-09-14"),
    case("yy", "প্রকাশ: ১৪ সেপ্টেম্বর ২৪ । ১৮:৪২", SEED_ISO),
    case("yy", "১৪/০৯/২৪", "2024-09-14"),
    case("yy", "14.09.24", "2024-09-14"),
    case("yy", "০১/০১/০০", "2000-01-01"),
    # two-digit years as ICU reads them: 80 years before now (2024) to 19 after
    case("yy", "৩১/১২/৬৮", "1968-12-31"),
    case("yy", "৩১/১২/৪৩", "2043-12-31"),
    case("yy", "০১/০১/৪৪", "1944-01-01"),
    case("yy", "০১/০১/৬৯", "1969-01-01"),
    case("yy", "৩১/১২/৯৯", "1999-12-31"),
    case("yy", "১৬ ডিসেম্বর ৭১", "1971-12-16"),
    # precision kept: month + year, year + সাল
    case("precision", "সেপ্টেম্বর ২০২৪", "2024-09"),
    case("precision", "সেপ্টেম্বর, ২০২৪", "2024-09"),
    case("precision", "Sept 2024", "2024-09"),
    case("precision", "২০২৪ সাল", "2024"),
    case("precision", "২০২৪ খ্রিস্টাব্দ", "2024"),
    # era words, spaced and glued
    case("era", "১৪ সেপ্টেম্বর ২০২৪ খ্রিস্টাব্দ", "2024-09-14"),
    case("era", "১৪ সেপ্টেম্বর ২০২৪ খ্রিষ্টাব্দ", "2024-09-14"),
    case("era", "১৪ সেপ্টেম্বর ২০২৪ খ্রিঃ", "2024-09-14"),
    case("era", "১৪ সেপ্টেম্বর ২০২৪ খ্রি.", "2024-09-14"),
    case("era", "১৪ সেপ্টেম্বর ২০২৪ ইং", "2024-09-14"),
    case("era", "১৪ সেপ্টেম্বর ২০২৪ ইংরেজি", "2024-09-14"),
    case("era", "১৪ সেপ্টেম্বর ২০২৪খ্রিস্টাব্দ", "2024-09-14"),
    case("era", "১৪ সেপ্টেম্বর ২০২৪খ্রিষ্টাব্দ", "2024-09-14"),
    case("era", "১৪ সেপ্টেম্বর ২০২৪খ্রিঃ", "2024-09-14"),
    case("era", "১৪ সেপ্টেম্বর ২০২৪খ্রি.", "2024-09-14"),
    case("era", "১৪ সেপ্টেম্বর ২০২৪ইং", "2024-09-14"),
    case("era", "১৪ সেপ্টেম্বর ২০২৪ইংরেজি", "2024-09-14"),
    case("era", "১৪ সেপ্টেম্বর ২০২৪ ইং, ০৬:৪২ পিএম", SEED_ISO),
    # a year-less date takes the nearest year to now; a bare weekday the latest such day
    case("yearless", "১৪ সেপ্টেম্বর", "2024-09-14"),
    case("yearless", "১ জানুয়ারি", "2025-01-01"),
    case("yearless", "১ মার্চ", "2025-03-01"),
    case("yearless", "১ মে", "2024-05-01"),
    case("yearless", "২৯ ফেব্রুয়ারি", "2024-02-29"),
    case("yearless", "১৪ সেপ্টেম্বর, ০৬:৪২ পিএম", SEED_ISO),
    case("yearless", "শনিবার", "2024-09-14"),
    case("yearless", "শুক্রবার", "2024-09-13"),
    case("yearless", "রবিবার", "2024-09-08"),
]

# The time before or after the date, joined by ",", "|", "-", "।" or nothing.
for _sep in (",", " ,", " |", "|", " -", "-", "।", " ।", ""):
    CASES.append(case("join", f"১৪ সেপ্টেম্বর ২০২৪{_sep} ১৮:৪২", SEED_ISO))
    CASES.append(case("join", f"১৪ সেপ্টেম্বর ২০২৪{_sep} ০৬:৪২ পিএম", SEED_ISO))
    CASES.append(case("join", f"১৮:৪২{_sep} ১৪ সেপ্টেম্বর ২০২৪", SEED_ISO))
    CASES.append(case("join", f"০৬:৪২ পিএম{_sep} ১৪ সেপ্টেম্বর ২০২৪", SEED_ISO))

# Times (all on the seed's date).
D = "১৪ সেপ্টেম্বর ২০২৪, "
TIMES: list[tuple[str, str]] = [
    ("০৬:৪২ পিএম", "18:42:00"),
    ("০৬:৪২ এএম", "06:42:00"),
    ("৬:৪২ পিএম", "18:42:00"),
    ("০৬:৪২:০৫ পিএম", "18:42:05"),
    ("০৬:৪২ পি.এম.", "18:42:00"),
    ("০৬:৪২ এ.এম.", "06:42:00"),
    ("06:42 PM", "18:42:00"),
    ("06:42 AM", "06:42:00"),
    ("06:42 pm", "18:42:00"),
    ("06:42 am", "06:42:00"),
    ("6:42PM", "18:42:00"),
    ("০৬:৪২ অপরাহ্ণ", "18:42:00"),
    ("০৬:৪২ অপরাহ্ন", "18:42:00"),
    ("০৬:৪২ পূর্বাহ্ণ", "06:42:00"),
    ("০৬:৪২ পূর্বাহ্ন", "06:42:00"),
    ("১৮:৪২", "18:42:00"),
    ("১৮:৪২:০৫", "18:42:05"),
    ("০০:০৫", "00:05:00"),
    ("২৩:৫৯:৫৯", "23:59:59"),
    ("১৮: ৪২", "18:42:00"),
    ("২২ঃ২২", "22:22:00"),
    ("১০ পিএম", "22:00:00"),
    ("১০ এএম", "10:00:00"),
    ("10 PM", "22:00:00"),
    # 12 এএম is midnight, 12 পিএম is noon
    ("১২ এএম", "00:00:00"),
    ("১২ পিএম", "12:00:00"),
    ("১২:০০ এএম", "00:00:00"),
    ("১২:৩০ এএম", "00:30:00"),
    ("১২:০০ পিএম", "12:00:00"),
    ("১২:৩০ পিএম", "12:30:00"),
    # day periods with টা / টায় / মিনিট
    ("রাত ৯টা ৩০ মিনিট", "21:30:00"),
    ("রাত ৯টায়", "21:00:00"),
    ("রাত ২টা", "02:00:00"),
    ("রাত ১১টা", "23:00:00"),
    ("দুপুর ১২টা", "12:00:00"),
    ("দুপুর ২টা", "14:00:00"),
    ("দুপুর ১টা ১৫ মিনিট", "13:15:00"),
    ("ভোর ৫টা", "05:00:00"),
    ("ভোর ৪টা ৩০ মিনিটে", "04:30:00"),
    ("সকাল ৮টায়", "08:00:00"),
    ("সকাল ১০:৩০", "10:30:00"),
    ("সকাল ১১টা", "11:00:00"),
    ("বিকাল ৪টা", "16:00:00"),
    ("বিকেল ৪টায়", "16:00:00"),
    ("বিকাল ৩টা", "15:00:00"),
    ("সন্ধ্যা ৭টা", "19:00:00"),
    ("সন্ধ্যা ৬টা ৪২ মিনিট", "18:42:00"),
    ("সন্ধ্যায় ৬টা ৪২ মিনিটে", "18:42:00"),
    ("রাত ১০:১৫", "22:15:00"),
    # fractions
    ("বিকাল সাড়ে ৪টা", "16:30:00"),
    ("সকাল পৌনে ৯টা", "08:45:00"),
    ("সকাল সোয়া ১০টা", "10:15:00"),
    ("রাত সাড়ে ৯টায়", "21:30:00"),
    ("দুপুর দেড়টা", "13:30:00"),
    ("দুপুর আড়াইটা", "14:30:00"),
    ("রাত দেড়টায়", "01:30:00"),
]
for _time, _clock in TIMES:
    CASES.append(case("time", D + _time, f"2024-09-14T{_clock}+06:00"))
    CASES.append(case("time-first", f"{_time}, ১৪ সেপ্টেম্বর ২০২৪", f"2024-09-14T{_clock}+06:00"))
    CASES.append(case("time-first", f"{_time} । ১৪ সেপ্টেম্বর ২০২৪", f"2024-09-14T{_clock}+06:00"))
    # a clock time alone stays a time (its value is anchored on now's date)
    CASES.append(case("time-alone", _time, _clock))

# Zones: an explicit zone in the text wins over tz=.
CASES += [
    case("zone", SEED + " +০৬:০০", SEED_ISO),
    case("zone", SEED + " +0600", SEED_ISO),
    case("zone", SEED + " +06:00", SEED_ISO),
    case("zone", SEED + " GMT +৬", SEED_ISO),
    case("zone", SEED + " GMT+6", SEED_ISO),
    case("zone", SEED + " জিএমটি +৬", SEED_ISO),
    case("zone", SEED + " +০৫:৩০", "2024-09-14T18:42:00+05:30"),
    case("zone", SEED + " GMT +৫:৩০", "2024-09-14T18:42:00+05:30"),
    case("zone", SEED + " -০৪:০০", "2024-09-14T18:42:00-04:00"),
    case("zone", SEED + " জিএমটি", "2024-09-14T18:42:00+00:00"),
    case("zone", SEED + " GMT", "2024-09-14T18:42:00+00:00"),
    case("zone", SEED + " UTC", "2024-09-14T18:42:00+00:00"),
    case("zone", SEED + " বাংলাদেশ সময়", SEED_ISO),
    case("zone", SEED + " বাংলাদেশ মানক সময়", SEED_ISO),
    case("zone", SEED + " +০৬:০০", SEED_ISO, tz="UTC"),
    case("zone", SEED + " বাংলাদেশ সময়", SEED_ISO, tz="UTC"),
    case("zone", SEED + " বাংলাদেশ মানক সময়", SEED_ISO, tz="Asia/Kolkata"),
    case("zone", SEED + " জিএমটি", "2024-09-14T18:42:00+00:00", tz="Asia/Kolkata"),
    # tz= as a name, a pytz zone, a zoneinfo zone, a fixed offset, an offset string
    case("tz", SEED, SEED_ISO, tz="Asia/Dhaka"),
    case("tz", SEED, "2024-09-14T18:42:00+05:30", tz="Asia/Kolkata"),
    case("tz", SEED, "2024-09-14T18:42:00+05:30", tz=pytz.timezone("Asia/Kolkata")),
    case("tz", SEED, "2024-09-14T18:42:00+05:30", tz=ZoneInfo("Asia/Kolkata")),
    case("tz", SEED, "2024-09-14T18:42:00+05:30", tz=timezone(timedelta(hours=5, minutes=30))),
    case("tz", SEED, "2024-09-14T18:42:00+05:30", tz="+05:30"),
    case("tz", SEED, "2024-09-14T18:42:00+00:00", tz="UTC"),
    case("tz", SEED, "2024-09-14T18:42:00+00:00", tz=timezone.utc),
    case("tz", SEED, SEED_ISO, tz=pytz.timezone("Asia/Dhaka")),
    case("tz", SEED, SEED_ISO, tz=DHAKA),
    case("tz", "১৪ জুলাই ২০২৪, ০৬:৪২ পিএম", "2024-07-14T18:42:00-04:00", tz="America/New_York"),
    case("tz", "১৪ জানুয়ারি ২০২৪, ০৬:৪২ পিএম", "2024-01-14T18:42:00-05:00", tz="America/New_York"),
    case(
        "tz",
        "১৪ জুলাই ২০২৪, ০৬:৪২ পিএম",
        "2024-07-14T18:42:00-04:00",
        tz=ZoneInfo("America/New_York"),
    ),
    case(
        "tz",
        "১৪ জুলাই ২০২৪, ০৬:৪২ পিএম",
        "2024-07-14T18:42:00-04:00",
        tz=pytz.timezone("America/New_York"),
    ),
]

# History: Bangladesh's 2009 daylight saving (+07:00 from 19 June 23:00 to 31 Dec 24:00),
# and 1971 at +06:00, never the +06:02 LMT of replace(tzinfo=pytz_zone).
CASES += [
    case("history", "২০ জুন ২০০৯, ১০:০০ এএম", "2009-06-20T10:00:00+07:00"),
    case("history", "১৯ জুন ২০০৯, ১০:০০ পিএম", "2009-06-19T22:00:00+06:00"),
    case("history", "১৫ সেপ্টেম্বর ২০০৯, ১৮:০০", "2009-09-15T18:00:00+07:00"),
    case("history", "৩১ ডিসেম্বর ২০০৯, ১০:০০ পিএম", "2009-12-31T22:00:00+07:00"),
    case("history", "১ জানুয়ারি ২০১০, ১০:০০ এএম", "2010-01-01T10:00:00+06:00"),
    case(
        "history",
        "২০ জুন ২০০৯, ১০:০০ এএম",
        "2009-06-20T10:00:00+07:00",
        tz=pytz.timezone("Asia/Dhaka"),
    ),
    case("history", "২০ জুন ২০০৯, ১০:০০ এএম", "2009-06-20T10:00:00+07:00", tz=DHAKA),
    case("history", "২৬ মার্চ ১৯৭১, ১০:০০ এএম", "1971-03-26T10:00:00+06:00"),
    case("history", "১৬ই ডিসেম্বর ১৯৭১, বিকাল ৪টা ৩১ মিনিট", "1971-12-16T16:31:00+06:00"),
    case(
        "history",
        "২৬ মার্চ ১৯৭১, ১০:০০ এএম",
        "1971-03-26T10:00:00+06:00",
        tz=pytz.timezone("Asia/Dhaka"),
    ),
    case("history", "২৬ মার্চ ১৯৭১, ১০:০০ এএম", "1971-03-26T10:00:00+06:00", tz=DHAKA),
    # a gap (19 June 2009 23:00–24:00 never happened) and an overlap (31 Dec 23:00–24:00 twice)
    case("gap", "১৯ জুন ২০০৯, ১১:৩০ পিএম", "2009-06-19T22:30:00+06:00", disambiguate="earlier"),
    case("gap", "১৯ জুন ২০০৯, ১১:৩০ পিএম", "2009-06-20T00:30:00+07:00", disambiguate="later"),
    case("gap", "১৯ জুন ২০০৯, ১১:৩০ পিএম", "2009-06-20T00:30:00+07:00", disambiguate="compatible"),
    case(
        "gap", "১৯ জুন ২০০৯, ১১:৩০ পিএম", "2009-06-20T00:30:00+07:00", disambiguate="later", tz=DHAKA
    ),
    case(
        "overlap",
        "৩১ ডিসেম্বর ২০০৯, ১১:৩০ পিএম",
        "2009-12-31T23:30:00+07:00",
        disambiguate="earlier",
    ),
    case(
        "overlap", "৩১ ডিসেম্বর ২০০৯, ১১:৩০ পিএম", "2009-12-31T23:30:00+06:00", disambiguate="later"
    ),
    case(
        "overlap",
        "৩১ ডিসেম্বর ২০০৯, ১১:৩০ পিএম",
        "2009-12-31T23:30:00+07:00",
        disambiguate="compatible",
    ),
    case(
        "overlap",
        "৩১ ডিসেম্বর ২০০৯, ১১:৩০ পিএম",
        "2009-12-31T23:30:00+06:00",
        disambiguate="later",
        tz=DHAKA,
    ),
    case(
        "overlap",
        "৩১ ডিসেম্বর ২০০৯, ১১:৩০ পিএম",
        "2009-12-31T23:30:00+07:00",
        disambiguate="earlier",
        tz=pytz.timezone("Asia/Dhaka"),
    ),
]

# Unicode: both encodings of য় ড় ঢ়, NFD, invisible characters and other spaces.
YA, RRA, RHA = "\u09df", "\u09dc", "\u09dd"  # precomposed য় ড় ঢ়
CASES += [
    case("unicode", f"১৪ ফেব্রু{YA}ারি ২০২৪", "2024-02-14"),
    case("unicode", "১৪ ফেব্রুয\u09bcারি ২০২৪", "2024-02-14"),
    case("unicode", f"১৪ জানু{YA}ারী ২০২৪", "2024-01-14"),
    case("unicode", f"{D}বিকাল সা{RRA}ে ৪টা", "2024-09-14T16:30:00+06:00"),
    case("unicode", f"{D}বিকাল সাড\u09bcে ৪টা", "2024-09-14T16:30:00+06:00"),
    case("unicode", f"{D}দুপুর আ{RRA}াইটা", "2024-09-14T14:30:00+06:00"),
    case("unicode", f"১৫ আষা{RHA} ১৪৩১", "2024-06-29"),
    case("unicode", "১৫ আষাঢ\u09bc ১৪৩১", "2024-06-29"),
    case("unicode", f"{SEED} বাংলাদেশ সম{YA}", SEED_ISO),
    case("unicode", unicodedata.normalize("NFD", f"প্রকাশ: {SEED}"), SEED_ISO),
    case("unicode", unicodedata.normalize("NFC", f"প্রকাশ: {SEED}"), SEED_ISO),
    case("unicode", unicodedata.normalize("NFD", f"১৪ ফেব্রু{YA}ারি ২০২৪"), "2024-02-14"),
    case("unicode", "\ufeff" + SEED, SEED_ISO),
    case("unicode", "১৪\u200b সেপ্টে\u200cম্বর ২০২৪, ০৬:৪২\u200d পিএম", SEED_ISO),
    case("unicode", "প্রকাশ\u200c: ১৪ সেপ্টেম্বর\u200d ২০২৪, ০৬:৪২ পি\u200bএম", SEED_ISO),
    case("unicode", "১৪\u00a0সেপ্টেম্বর\u00a0২০২৪,\u00a0০৬:৪২\u00a0পিএম", SEED_ISO),
    case("unicode", "১৪\u2009সেপ্টেম্বর\u202f২০২৪,\u2002০৬:৪২\u3000পিএম", SEED_ISO),
    case("unicode", "১৪  সেপ্টেম্বর\t২০২৪,  ০৬:৪২   পিএম", SEED_ISO),
    case("unicode", "  " + SEED, SEED_ISO),
    case("unicode", "১৪\u2013০৯\u2013২০২৪", "2024-09-14"),
    case("unicode", SEED + " ", SEED_ISO),
    case("unicode", SEED + "\n", SEED_ISO),
    case("unicode", SEED + "\u00a0", SEED_ISO),
    case("unicode", SEED + "\u200b ", SEED_ISO),
    case("unicode", "১৪ সেপ্টেম্বর ২০২৪ ", "2024-09-14"),
]


def _iso(text: str, kwargs: dict[str, Any]) -> str:
    options = {"now": NOW, **kwargs}
    return bd.to_iso(text, **options)


@pytest.mark.parametrize(("text", "expected", "kwargs"), CASES)
def test_must_parse(text: str, expected: str, kwargs: dict[str, Any]) -> None:
    assert _iso(text, kwargs) == expected
    value = bd.parse(text, now=NOW, **kwargs)
    assert value.tzinfo is not None
    assert value.utcoffset() is not None
    result = bd.parse_result(text, now=NOW, **kwargs)
    assert result.value == value
    assert result.isoformat() == expected
    if "T" in expected:
        want = datetime.fromisoformat(expected)
        # compared in UTC: == between zones is False for a fold=1 time (PEP 495)
        assert value.astimezone(timezone.utc) == want.astimezone(timezone.utc)
        assert value.utcoffset() == want.utcoffset()
    elif ":" in expected:  # a clock time alone: on now's date
        assert value.date() == NOW.date()
        assert value.time().isoformat() == expected
    else:  # a date, a month or a year: the start of it, in the zone asked for
        assert (value.hour, value.minute, value.second) == (0, 0, 0)
        assert value.isoformat().startswith(expected)


def _variants(text: str) -> dict[str, str]:
    return {
        "ascii digits": bd.to_ascii_digits(text),
        "bengali digits": bd.to_bengali_digits(text),
        "NFD": unicodedata.normalize("NFD", text),
        "precomposed nukta": unicodedata.normalize("NFC", text)
        .replace("\u09af\u09bc", YA)
        .replace("\u09a1\u09bc", RRA)
        .replace("\u09a2\u09bc", RHA),
        "decomposed nukta": text.replace(YA, "\u09af\u09bc")
        .replace(RRA, "\u09a1\u09bc")
        .replace(RHA, "\u09a2\u09bc"),
        "zero-width": text.replace(" ", "\u200c \u200b"),
        "nbsp": text.replace(" ", "\u00a0"),
    }


@pytest.mark.parametrize(("text", "expected", "kwargs"), CASES)
def test_same_answer_in_every_spelling(text: str, expected: str, kwargs: dict[str, Any]) -> None:
    for name, variant in _variants(text).items():
        assert _iso(variant, kwargs) == expected, name


# ---- the documented rule for a bare ১০টা ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("১০টা", "10:00:00"),
        ("১০টায়", "10:00:00"),
        ("১০টা ১৫ মিনিট", "10:15:00"),
        ("৩টা", "03:00:00"),
        ("১২টা", "12:00:00"),
        (D + "১০টা", "2024-09-14T10:00:00+06:00"),
        ("১০টা, ১৪ সেপ্টেম্বর ২০২৪", "2024-09-14T10:00:00+06:00"),
    ],
)
def test_bare_oclock_is_read_as_24_hour_with_a_warning(text: str, expected: str) -> None:
    with pytest.warns(bd.AmbiguousHourWarning):
        assert bd.to_iso(text, now=NOW) == expected
    for variant in (bd.to_ascii_digits(text), unicodedata.normalize("NFD", text)):
        with pytest.warns(bd.AmbiguousHourWarning):
            assert bd.to_iso(variant, now=NOW) == expected


@pytest.mark.parametrize("text", ["১৮টা", "০টা", "সকাল ১০টা", "রাত ১০টা", "১০ এএম"])
def test_an_oclock_that_says_its_half_of_the_day_does_not_warn(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        bd.to_iso(text, now=NOW)


# ---- gaps and overlaps with disambiguate="raise" (the default) ------------------------


@pytest.mark.parametrize("tz", ["Asia/Dhaka", pytz.timezone("Asia/Dhaka"), DHAKA])
def test_gap_and_overlap_raise_by_default(tz: str | tzinfo) -> None:
    gap = "১৯ জুন ২০০৯, ১১:৩০ পিএম"
    overlap = "৩১ ডিসেম্বর ২০০৯, ১১:৩০ পিএম"
    with pytest.raises(bd.NonExistentTimeError) as gap_info:
        bd.to_iso(gap, tz=tz)
    with pytest.raises(bd.AmbiguousTimeError) as overlap_info:
        bd.to_iso(overlap, tz=tz)
    for info in (gap_info, overlap_info):
        assert isinstance(info.value, bd.ParseError)
        assert isinstance(info.value.pos, int)


@pytest.mark.parametrize("text", ["১৯ জুন ২০০৯, ১১:৩০ পিএম", "৩১ ডিসেম্বর ২০০৯, ১১:৩০ পিএম"])
def test_gap_and_overlap_errors_name_the_input(text: str) -> None:
    with pytest.raises(bd.ParseError) as info:
        bd.to_iso(text)
    assert info.value.text == text
    assert text in str(info.value)
    assert 0 <= info.value.pos <= len(text)


# ---- a weekday that contradicts the date ------------------------------------------------

CONTRADICTIONS = [  # (text, the date that wins, the weekday word the error points at)
    ("শুক্রবার, ১৪ সেপ্টেম্বর ২০২৪", "2024-09-14", "শুক্রবার"),
    ("রবিবার ১৪ সেপ্টেম্বর ২০২৪", "2024-09-14", "রবিবার"),
    ("১৪ সেপ্টেম্বর ২০২৪, সোমবার", "2024-09-14", "সোমবার"),
    ("১৪ সেপ্টেম্বর ২০২৪ (মঙ্গলবার)", "2024-09-14", "মঙ্গলবার"),
    ("১৪ অক্টোবর,শনিবার,২০২২", "2022-10-14", "শনিবার"),
    ("শুক্রবার, ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", SEED_ISO, "শুক্রবার"),
    ("০৬:৪২ পিএম, বুধবার, ১৪ সেপ্টেম্বর ২০২৪", SEED_ISO, "বুধবার"),
    ("Fri, 14 Sep 2024", "2024-09-14", "Fri"),
    ("সেপ্টেম্বর ১৪, ২০২৪, বৃহস্পতিবার", "2024-09-14", "বৃহস্পতিবার"),
]


@pytest.mark.parametrize(("text", "expected", "where"), CONTRADICTIONS)
def test_contradicting_weekday_warns_and_the_date_wins(
    text: str, expected: str, where: str
) -> None:
    with pytest.warns(bd.WeekdayMismatchWarning):
        assert bd.to_iso(text, now=NOW) == expected
    with pytest.warns(bd.WeekdayMismatchWarning):
        assert bd.to_iso(bd.to_ascii_digits(text), now=NOW) == expected


@pytest.mark.parametrize(("text", "expected", "where"), CONTRADICTIONS)
def test_contradicting_weekday_is_an_error_when_strict(
    text: str, expected: str, where: str
) -> None:
    with pytest.raises(bd.ParseError) as info:
        bd.to_iso(text, now=NOW, strict=True)
    assert info.value.text == text
    assert info.value.pos == text.index(where)


def test_strict_accepts_a_matching_weekday() -> None:
    assert bd.to_iso("শনিবার, ১৪ সেপ্টেম্বর ২০২৪", strict=True) == "2024-09-14"
    assert bd.to_iso("১৪ অক্টোবর,শুক্রবার,২০২২", strict=True) == "2022-10-14"


# ---- rejections ----------------------------------------------------------------------------

LONG = "১৪ সেপ্টেম্বর ২০২৪" + " " * (bd.MAX_LENGTH + 1)
REJECTED: list[Any] = [
    pytest.param("", id="empty"),
    pytest.param("   ", id="blank"),
    pytest.param("হ্যালো", id="word"),
    pytest.param("৩২ সেপ্টেম্বর ২০২৪", id="day-32"),
    pytest.param("০ সেপ্টেম্বর ২০২৪", id="day-0"),
    pytest.param("২৯ ফেব্রুয়ারি ২০২৩", id="feb-29-2023"),
    pytest.param("২৯ ফেব্রুয়ারি ১৯০০", id="feb-29-1900"),
    pytest.param("৩১ এপ্রিল ২০২৪", id="apr-31"),
    pytest.param("৩১/০৪/২০২৪", id="apr-31-numeric"),
    pytest.param("১৪/১৩/২০২৪", id="month-13"),
    pytest.param("১৪ সেপ্টেম্বর ২০২৪, ২৫:০০", id="hour-25"),
    pytest.param("১৪ সেপ্টেম্বর ২০২৪, ২৪:০১", id="hour-24"),
    pytest.param("১৪ সেপ্টেম্বর ২০২৪, ১৮:৬০", id="minute-60"),
    pytest.param("১৪ সেপ্টেম্বর ২০২৪, ১৮:৪২:৬১", id="second-61"),
    pytest.param("১৩:০০ পিএম", id="13-pm"),
    pytest.param("১৪ সেপ্টেম্বর ২০২৪, ১৩:০০ পিএম", id="13-pm-dated"),
    pytest.param("১৪ সেপ্টেম্বর ২০২৪, ০:৩০ এএম", id="0-am"),
    pytest.param("১৪ সেপ্টেম্বর ২০২৪, ১৮:৪২ +২৪:০০", id="offset-24h"),
    pytest.param("১" * 5000, id="5000-bengali-digits"),
    pytest.param("1" * 5000, id="5000-ascii-digits"),
    pytest.param("১৪ সেপ্টেম্বর " + "২" * 5000, id="5000-digit-year"),
    pytest.param("১" * 40, id="40-digits"),
    pytest.param("১৪ সেপ্টেম্বর\x00 ২০২৪", id="nul"),
    pytest.param("\x07", id="bel"),
    pytest.param("১৪ সেপ্টেম্বর ২০২৪\x1b", id="esc"),
    pytest.param("১৪\x7fসেপ্টেম্বর ২০২৪", id="del"),
    pytest.param("১৪ সেপ্টেম্বর\x85২০২৪", id="c1-nel"),
    pytest.param("\x01১৪ সেপ্টেম্বর ২০২৪", id="soh"),
    pytest.param(LONG, id="over-max-length"),
    pytest.param("১৪ সেপ্টেম্বর ২০২৪" * 40, id="repeated"),
    pytest.param("১৪ সেপ্টেম্বর ২০২৪ হ্যালো", id="trailing-word"),
    # a one-digit year is no year anyone prints: not 2001 (two digits are: ০১ is 2001)
    pytest.param("১ জানুয়ারি ১", id="one-digit-year"),
    pytest.param("১/১/১", id="one-digit-year-numeric"),
    # a year in words has the digits of its value, not its letters: তিন is no year (was 0003)
    pytest.param("১৫ সেপ্টেম্বর তিন", id="one-digit-year-in-words"),
    pytest.param("১ মার্চ নয়", id="one-digit-year-in-words-2"),
]


@pytest.mark.parametrize("text", REJECTED)
def test_rejected(text: str) -> None:
    with pytest.raises(bd.ParseError) as info:
        bd.to_iso(text, now=NOW)
    error = info.value
    assert isinstance(error, ValueError)
    assert error.text == text
    assert isinstance(error.pos, int)
    assert 0 <= error.pos <= len(text)
    shown = text if len(text) <= 80 else text[:40]
    assert repr(shown).strip("'\"") in str(error)
    # the same rejection through parse() and parse_result()
    with pytest.raises(bd.ParseError):
        bd.parse(text, now=NOW)
    with pytest.raises(bd.ParseError):
        bd.parse_result(text, now=NOW)


@pytest.mark.parametrize(
    ("text", "pos"),
    [
        ("৩২ সেপ্টেম্বর ২০২৪", 0),
        ("১৪ সেপ্টেম্বর ২০২৪, ২৫:০০", 20),
        ("১৪ সেপ্টেম্বর\x00 ২০২৪", 13),
        ("১৪ সেপ্টেম্বর ২০২৪ হ্যালো", 19),
        ("\u200b৩২ সেপ্টেম্বর ২০২৪", 1),
    ],
)
def test_rejection_points_at_the_culprit(text: str, pos: int) -> None:
    with pytest.raises(bd.ParseError) as info:
        bd.to_iso(text)
    assert info.value.pos == pos


def test_the_length_limit_is_documented_and_exact() -> None:
    assert isinstance(bd.MAX_LENGTH, int)
    fits = "১৪ সেপ্টেম্বর ২০২৪"
    fits = " " * (bd.MAX_LENGTH - len(fits)) + fits
    assert len(fits) == bd.MAX_LENGTH
    assert bd.to_iso(fits) == "2024-09-14"
    with pytest.raises(bd.ParseError):
        bd.to_iso(" " + fits)


@pytest.mark.parametrize("value", [None, 20240914, b"\xe0\xa7\xa7", ["১৪ সেপ্টেম্বর ২০২৪"]])
def test_non_str_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError):
        bd.to_iso(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        bd.parse(value)  # type: ignore[arg-type]


# --- issue 17: warnings at the caller's line, messages that say it once ------------------


@pytest.mark.parametrize(
    ("call", "category"),
    [
        (lambda: bd.parse("শুক্রবার, ১৪ সেপ্টেম্বর ২০২৪"), bd.WeekdayMismatchWarning),
        (lambda: bd.to_iso("১০টা", now=NOW), bd.AmbiguousHourWarning),
        (lambda: bd.parse_result("১০টা", now=NOW), bd.AmbiguousHourWarning),
        # search gives a contradiction's warning too (issue 14), and a consistent text none
        (lambda: bd.search("শুক্রবার, ১৪ সেপ্টেম্বর ২০২৪"), bd.WeekdayMismatchWarning),
        (lambda: list(bd.iter_search("শুক্রবার, ১৪ সেপ্টেম্বর ২০২৪")), bd.WeekdayMismatchWarning),
        (lambda: bd.search("শনিবার, ১৪ সেপ্টেম্বর ২০২৪ সকাল ১০টা"), None),
    ],
    ids=["weekday", "to_iso-hour", "parse_result-hour", "search-weekday", "iter_search-weekday", "search-quiet"],
)
def test_warnings_point_at_the_callers_line(call: Any, category: type[Warning] | None) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call()
    assert [w.category for w in caught] == ([category] if category else [])
    assert all(w.filename == __file__ for w in caught), [w.filename for w in caught]


@pytest.mark.parametrize(("text", "expected", "where"), CONTRADICTIONS)
def test_a_strict_message_names_the_text_once(text: str, expected: str, where: str) -> None:
    with pytest.raises(bd.ParseError) as info:
        bd.to_iso(text, now=NOW, strict=True)
    assert str(info.value).count(text) == 1


@pytest.mark.parametrize("calendar", ["gregorian", "hijri", "bd", "wb"])
def test_one_calendar_vocabulary_in_parse_and_format(calendar: str) -> None:
    text = "১লা বৈশাখ ১৪৩১"
    day = bd.parse(text, calendar=calendar)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", bd.HijriApproximationWarning)
        assert bd.format_datetime(day, "d MMMM y", calendar=calendar)
    if calendar in ("gregorian", "hijri"):  # Bangla dates by the default rules
        assert day == bd.parse(text, calendar="bd")


def test_an_unknown_calendar_names_every_choice() -> None:
    with pytest.raises(ValueError, match="gregorian, hijri, bd") as caught:
        bd.parse("১৪ সেপ্টেম্বর ২০২৪", calendar="julian")
    assert not isinstance(caught.value, bd.ParseError)  # an argument error, not the text's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("১৫ সেপ্টেম্বর চব্বিশ", "2024-09-15"),  # two digits' worth, in words: the two-digit window
        ("১৬ ডিসেম্বর একাত্তর সালে", "1971-12-16"),
        ("১৫ সেপ্টেম্বর দুই হাজার চব্বিশ", "2024-09-15"),
    ],
)
def test_a_year_in_words_counts_the_digits_of_its_value(text: str, expected: str) -> None:
    assert bd.to_iso(text, now=NOW) == expected
