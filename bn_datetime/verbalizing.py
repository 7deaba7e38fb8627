"""Digits to words for speech (text-to-speech front ends): the way a newsreader says them.

>>> verbalize("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম")
'চৌদ্দই সেপ্টেম্বর দুই হাজার চব্বিশ, সন্ধ্যা ছয়টা বিয়াল্লিশ মিনিট'
>>> verbalize("৳১,২৫০.৫০ দাম, ৪৫% ছাড়")
'এক হাজার দুইশো পঞ্চাশ টাকা পঞ্চাশ পয়সা দাম, পঁয়তাল্লিশ শতাংশ ছাড়'

What is read, in this order at each position:

* dates ``D MONTH [YEAR]`` with a Gregorian or Bangla month name (the day as a date
  ordinal, an abbreviated month in full, the year as a year: উনিশশো একাত্তর), and numeric
  ``DD/MM/YYYY`` (also with ``-`` or ``.``; day first, as written in Bangladesh) when it
  is a real date;
* clock times ``HH:MM[:SS]`` with an optional এএম/পিএম word: the day period is said
  first (সকাল, দুপুর, বিকাল, সন্ধ্যা, রাত, ভোর, unless the text already gives one), and
  :15, :30, :45 become সোয়া, সাড়ে (দেড়টা, আড়াইটা), পৌনে;
* taka amounts (``৳১,২৫০.৫০``, ``১২,৩৪,৫৬৭.৫০৳``, ``Tk 500``) with পয়সা, percentages
  (``৪৫%`` → পঁয়তাল্লিশ শতাংশ);
* ordinals (``৩য়`` → তৃতীয়, ``১১তম`` → একাদশ) and day ordinals (``২১শে`` → একুশে);
* a four-digit year before সাল/সালে/খ্রিস্টাব্দ/বঙ্গাব্দ … as a year;
* every other number as a cardinal (``২.৫ কোটি`` → দুই দশমিক পাঁচ কোটি), keeping an
  attached counter (``৫টি`` → পাঁচটি); a number with a leading zero (``০১৭১১``) or more
  than 15 digits is read digit by digit, as phone and account numbers are.

Everything else is left as it was (after :func:`~bn_datetime.normalize.normalize`).
"""

from __future__ import annotations

import re
from datetime import date

from .lexicon._calendars import BANGLA_ERAS, BANGLA_MONTHS
from .lexicon._dates import AMPM, DAY_PERIODS, GREGORIAN_ERAS, MONTHS, YEAR_WORDS
from .lexicon._numbers import CARDINALS, COUNTER_ENDINGS, COUNTERS
from .normalize import normalize
from .numwords import date_ordinal, number_to_words, ordinal, parse_ordinal

__all__ = ["verbalize"]

_UNITS = tuple(spellings[0] for _, spellings in CARDINALS)
_ASCII_OF = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
_BENGALI = re.compile("[\u0980-\u09ff]")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# month name -> (canonical name, Gregorian month number or 0 for a Bangla month)
_MONTH_NAMES: dict[str, tuple[str, int]] = {}
for _number, _names in MONTHS:
    for _name in _names:
        if _BENGALI.search(_name):
            _MONTH_NAMES[_name] = (_names[0], _number)
for _number, _names in BANGLA_MONTHS:
    for _name in _names:
        if _BENGALI.search(_name):
            _MONTH_NAMES.setdefault(_name, (_names[0], 0))
_GREGORIAN_CANON = ("", *(names[0] for _, names in MONTHS))

_AMPM_WORDS: dict[str, int] = {w.lower(): pm for pm, words in AMPM for w in words}
_PERIOD_WORDS = tuple(w for period in DAY_PERIODS for w in period.words)
_YEAR_FOLLOWERS = tuple(w for w in YEAR_WORDS + GREGORIAN_ERAS + BANGLA_ERAS if _BENGALI.search(w))

_L = "\u0980-\u09e5\u09f0-\u09ff"  # Bengali letters and marks, no digits
_D = "[০-৯]"
_A = "[0-9]"
_NUM = rf"(?:{_D}+(?:,{_D}+)*(?:\.{_D}+)?|{_A}+(?:,{_A}+)*(?:\.{_A}+)?)"
_DAY = rf"(?:{_D}{{1,2}}|{_A}{{1,2}})"
_YEAR = rf"(?:{_D}{{4}}|{_A}{{4}})"
_COUNTER = "(?:{})(?:{})?".format(
    "|".join(COUNTERS), "|".join(sorted(COUNTER_ENDINGS, key=len, reverse=True))
)
_MONTH_CASE = "(?:ের|র|এর|ে|তে)"
_SCALE_WORDS = "লাখ|লক্ষ|কোটি|হাজার|মিলিয়ন|বিলিয়ন"

_PATTERN = re.compile(
    rf"""
    (?<![.,:/])(?:
      (?P<date>(?P<d_day>{_DAY})(?P<d_suffix>লা|রা|ঠা|ই|শে)?[ ]?
          (?P<d_month>{_alternation(list(_MONTH_NAMES))})(?P<d_case>{_MONTH_CASE})?(?![{_L}])
          (?:(?P<d_sep>,?[ ])(?P<d_year>{_YEAR})(?![০-৯0-9]))?)
    | (?P<ndate>(?P<n_day>{_DAY})(?P<n_sep>[/.-])(?P<n_month>{_DAY})(?P=n_sep)(?P<n_year>{_YEAR})(?![০-৯0-9]))
    | (?P<time>(?P<t_h>{_DAY}):(?P<t_m>{_D}{{2}}|{_A}{{2}})(?::(?P<t_s>{_D}{{2}}|{_A}{{2}}))?(?![০-৯0-9])
          (?:[ ]?(?P<t_ampm>{_alternation(list(_AMPM_WORDS))})(?![{_L}A-Za-z]))?
          (?P<t_at>-?(?:এ|য়)(?![{_L}]))?)
    | (?P<taka>(?:৳[ ]?|(?:Tk|TK|tk)\.?[ ]?)(?P<k_num>{_NUM})(?:[ ](?P<k_scale>{_SCALE_WORDS})(?![{_L}]))?)
    | (?P<taka2>(?P<k2_num>{_NUM})[ ]?৳)
    | (?P<pct>(?P<p_num>{_NUM})[ ]?%)
    | (?P<ord>(?P<o_num>{_D}+|{_A}+)[ ]?(?P<o_suffix>তম|র্থ|ষ্ঠ|ম|য়|লা|রা|ঠা|ই|শে)(?![{_L}]))
    | (?P<year>(?P<y_num>{_YEAR})(?=[ ]?(?:{_alternation(list(_YEAR_FOLLOWERS))})))
    | (?P<num>(?P<sign>(?<![{_L}A-Za-z০-৯0-9])-)?(?P<c_num>{_NUM})(?P<c_counter>{_COUNTER}(?![{_L}]))?)
    )
    """,
    re.VERBOSE,
)


def _int(text: str) -> int:
    return int(text.translate(_ASCII_OF))


def _cardinal(num: str) -> str:
    """A number in digits (maybe grouped, maybe decimal) read as a cardinal."""
    plain = num.replace(",", "").translate(_ASCII_OF)
    whole = plain.split(".", 1)[0]
    if "," in num and not _grouped_ok(num.split(".", 1)[0]):
        return ",".join(_cardinal(piece) for piece in num.split(","))
    if (len(whole) > 1 and whole.startswith("0")) or len(whole) > 15 or len(plain) > 1000:
        return " ".join("দশমিক" if c == "." else _UNITS[int(c)] for c in plain)
    return number_to_words(plain)


_GROUPS = re.compile(r"[0-9০-৯]{1,3}(?:,[0-9০-৯]{3})+|[0-9০-৯]{1,3}(?:,[0-9০-৯]{2})*,[0-9০-৯]{3}")


def _grouped_ok(whole: str) -> bool:
    return _GROUPS.fullmatch(whole) is not None


def _period(hour24: int) -> str:
    for period in DAY_PERIODS:
        if period.start <= period.end:
            if period.start <= hour24 < period.end:
                return period.name
        elif hour24 >= period.start or hour24 < period.end:
            return period.name
    return DAY_PERIODS[-1].name  # unreachable: the periods cover the day


def _hour(h12: int) -> str:
    return _UNITS[h12] + "টা"


def _time(m: re.Match[str]) -> str | None:
    hour, minute = _int(m["t_h"]), _int(m["t_m"])
    second = _int(m["t_s"]) if m["t_s"] else None
    ampm = m["t_ampm"]
    if minute > 59 or (second is not None and second > 59):
        return None
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        hour24 = hour % 12 + (12 if _AMPM_WORDS[ampm.lower()] else 0)
    elif hour <= 23:
        hour24 = hour
    else:
        return None
    h12 = hour24 % 12 or 12
    if second is not None:
        words = f"{_hour(h12)} {_UNITS[minute]} মিনিট {_UNITS[second]} সেকেন্ড"
    elif minute == 0:
        words = _hour(h12)
    elif minute == 30:
        words = {1: "দেড়টা", 2: "আড়াইটা"}.get(h12, "সাড়ে " + _hour(h12))
    elif minute == 15:
        words = "সোয়া " + _hour(h12)
    elif minute == 45:
        words = "পৌনে " + _hour(h12 % 12 + 1)
    else:
        words = f"{_hour(h12)} {_UNITS[minute]} মিনিট"
    if m["t_at"]:  # ১০:৩০-এ "at 10:30": সাড়ে দশটায়, ছয়টা বিয়াল্লিশ মিনিটে
        words += "য়" if words.endswith("টা") else "ে"
    before = m.string[: m.start()].rstrip(" ")
    if before.endswith(_PERIOD_WORDS):
        return words
    return f"{_period(hour24)} {words}"


def _taka(num: str, scale: str | None) -> str:
    fraction = num.replace(",", "").translate(_ASCII_OF).partition(".")[2]
    if scale is not None:
        return f"{_cardinal(num)} {scale} টাকা"
    if len(fraction) > 2:
        return f"{_cardinal(num)} টাকা"
    words = _cardinal(num.split(".", 1)[0]) + " টাকা"
    paisa = int(fraction.ljust(2, "0")) if fraction else 0
    if paisa:
        words += f" {_UNITS[paisa]} পয়সা"
    return words


def _date(m: re.Match[str]) -> str | None:
    day = _int(m["d_day"])
    if not 1 <= day <= 31:
        return None
    written = m["d_month"]
    canonical, _ = _MONTH_NAMES[written]
    if written.endswith("ঃ") or len(written) < len(canonical) - 1:
        written = canonical  # an abbreviation is said in full
    words = f"{date_ordinal(day, style='words')} {written}{m['d_case'] or ''}"
    if m["d_year"]:
        words += f"{m['d_sep']}{number_to_words(_int(m['d_year']), style='year')}"
    return words


def _numeric_date(m: re.Match[str]) -> str | None:
    day, month, year = _int(m["n_day"]), _int(m["n_month"]), _int(m["n_year"])
    try:
        date(year, month, day)
    except ValueError:
        return None
    return (
        f"{date_ordinal(day, style='words')} {_GREGORIAN_CANON[month]} "
        f"{number_to_words(year, style='year')}"
    )


def _ordinal(m: re.Match[str]) -> str | None:
    suffix = m["o_suffix"]
    try:
        value = parse_ordinal(m["o_num"] + suffix)
    except ValueError:
        return None
    n = _int(m["o_num"])
    if suffix in ("লা", "রা", "ঠা", "ই", "শে"):
        return date_ordinal(value, style="words")
    return ordinal(n, style="words")


def _replace(m: re.Match[str]) -> str:
    kind = m.lastgroup
    out: str | None
    if kind == "date":
        out = _date(m)
    elif kind == "ndate":
        out = _numeric_date(m)
    elif kind == "time":
        out = _time(m)
    elif kind == "taka":
        out = _taka(m["k_num"], m["k_scale"])
    elif kind == "taka2":
        out = _taka(m["k2_num"], None)
    elif kind == "pct":
        out = _cardinal(m["p_num"]) + " শতাংশ"
    elif kind == "ord":
        out = _ordinal(m)
    elif kind == "year":
        out = number_to_words(_int(m["y_num"]), style="year")
    else:
        words = _cardinal(m["c_num"])
        if m["sign"]:
            words = "মাইনাস " + words
        out = words + (m["c_counter"] or "")
    if out is None:  # not a real date or time: read the numbers one by one
        return _NUMBER_ONLY.sub(lambda d: _cardinal(d.group()), m.group())
    return out


_NUMBER_ONLY = re.compile(_NUM)


def verbalize(text: str) -> str:
    """Write the numbers, dates, times, percentages and taka amounts in ``text`` as words.

    >>> verbalize("২১শে ফেব্রুয়ারি ১৯৫২, ১৪ সেপ্টে")
    'একুশে ফেব্রুয়ারি উনিশশো বায়ান্ন, চৌদ্দই সেপ্টেম্বর'
    >>> verbalize("সকাল ১০:৩০-এ ৫টি বাস, ২.৫ কোটি টাকা")
    'সকাল সাড়ে দশটায় পাঁচটি বাস, দুই দশমিক পাঁচ কোটি টাকা'
    >>> verbalize("১৯৭১ সালে ৩য় স্থান, তাপমাত্রা -৫ ডিগ্রি")
    'উনিশশো একাত্তর সালে তৃতীয় স্থান, তাপমাত্রা মাইনাস পাঁচ ডিগ্রি'
    """
    if not isinstance(text, str):
        msg = f"verbalize() needs a str, not {type(text).__name__}"
        raise TypeError(msg)
    return _PATTERN.sub(_replace, normalize(text))
