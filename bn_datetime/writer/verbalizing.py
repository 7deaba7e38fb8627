"""Digits to words for speech (text-to-speech front ends): the way a newsreader says them.

>>> verbalize("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম")
'চৌদ্দই সেপ্টেম্বর দুই হাজার চব্বিশ, সন্ধ্যা ছয়টা বিয়াল্লিশ মিনিট'
>>> verbalize("৳১,২৫০.৫০ দাম, ৪৫% ছাড়")
'এক হাজার দুইশো পঞ্চাশ টাকা পঞ্চাশ পয়সা দাম, পঁয়তাল্লিশ শতাংশ ছাড়'

Every digit is spoken: no token is left half read (``দুই:১``, ``এক/২``, ``বারোটাটায়``).

Dates and clock times are those :func:`~bn_datetime.search` finds, read by the one
scanner and grammar (as ``parse`` and ``to_iso`` read them), and spoken from their tokens
and typed reading:

* a date's day as a date ordinal (চৌদ্দই, পহেলা; but a day before তারিখ is its count: সাত
  তারিখ), an abbreviated month in full, the year as a year (উনিশশো একাত্তর, with a case
  written on it: ১৯৭১-এ → উনিশশো একাত্তরে), in the Gregorian, Bangla and Hijri
  calendars; a numeric date (``১৪/০৯/২০২৪``, ISO ``২০২৪-০৯-১৪``, a two-digit year as
  ``parse`` reads it) as day, month name and year;
* a clock ``HH:MM[:SS]`` with an optional এএম/পিএম word with its day period first
  (সকাল, দুপুর, বিকাল, সন্ধ্যা, রাত, ভোর, unless the text already gives one), as
  ``parse`` reads the time; :15, :30, :45 become সোয়া, সাড়ে (দেড়টা, আড়াইটা), পৌনে; a
  suffix written on the time replaces the hour's টা (``১২:০০টায়`` → বারোটায়).

A date or clock shape search refuses (``৩১/০২/২০২৪``, ``২৫:৬১``, ``১.২.৩০``) is said number
by number. The rest is read by number-level rules, in this order at each position:

* phone numbers digit by digit: a leading ``০`` or ``+`` (``+৮৮০ ১৭১১-২৩৪৫৬৭`` → প্লাস আট
  আট শূন্য …), seven digits or more;
* year ranges ``২০২৪-২৫``, ``১৯৯০-৯১`` as years; scores and ratios ``২:১`` → দুই-এক;
* taka and rupee amounts (``৳১,২৫০.৫০``, ``১২,৩৪,৫৬৭.৫০৳``, ``Tk 500``, ``₹৫০০``,
  ``১১৯.৫০ টাকা``) with পয়সা, percentages (``৪৫%`` → পঁয়তাল্লিশ শতাংশ), degrees
  (``৩৮.৫°`` → আটত্রিশ দশমিক পাঁচ ডিগ্রি, ``°C`` সেলসিয়াস);
* ``N/M``: a range of counts before a counter or unit (``৪/৫ জন`` → চার-পাঁচ জন), a
  fraction (``১/২`` → আধা, ``৩/৪`` → চার ভাগের তিন), otherwise ``N বাই M`` (an address);
* ordinals (``৩য়`` → তৃতীয়, ``১১তম`` → একাদশ) and day ordinals (``২১শে`` → একুশে);
* a four-digit year before সাল/সালে/খ্রিস্টাব্দ/বঙ্গাব্দ … as a year;
* Latin-letter tokens with digits: the letters kept, the numbers said
  (``COVID-19`` → COVID-উনিশ, ``H1N1`` → H এক N এক);
* every other number as a cardinal (``২.৫ কোটি`` → দুই দশমিক পাঁচ কোটি), keeping an
  attached counter (``৫টি`` → পাঁচটি) and joining a case ending (``১৯৭১-এ`` → উনিশশো
  একাত্তরে, ``১০-এর`` → দশের); a number with a leading zero (``০১৭১১``) or more than 15
  digits is read digit by digit, as phone and account numbers are.

Web addresses (``https://…``, ``www.…``) are deliberately left as they are, digits and
all. Everything else is left as it was (after :func:`~bn_datetime.text.normalize.normalize`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime

from bn_datetime import tz as _tz
from bn_datetime._core import scan
from bn_datetime.lexicon._calendars import BANGLA_ERAS, BANGLA_MONTHS
from bn_datetime.lexicon._dates import (
    AMPM,
    DAY_PERIODS,
    GREGORIAN_ERAS,
    MINUTE_WORDS,
    MONTHS,
    OCLOCK_SUFFIXES,
    UNITS,
    YEAR_WORDS,
)
from bn_datetime.lexicon._numbers import (
    CARDINALS,
    COUNTER_ENDINGS,
    COUNTERS,
    FRACTION_QUANTITIES,
    NEGATIVE_WORDS,
    SPOKEN_SIGNS,
)
from bn_datetime.numerals.numwords import date_ordinal, number_to_words, ordinal, parse_ordinal
from bn_datetime.reader._lexer import Tokens
from bn_datetime.reader.components import two_digit_year
from bn_datetime.reader.fields import Fields
from bn_datetime.reader.grammar import search_roles
from bn_datetime.reader.searching import unwarned_search
from bn_datetime.text.normalize import normalize
from bn_datetime.text.urls import URL as _URL

from .money import CURRENCIES

__all__ = ["verbalize"]

_UNITS = tuple(spellings[0] for _, spellings in CARDINALS)
_PAISA = SPOKEN_SIGNS["paisa"]
_PLUS = SPOKEN_SIGNS["plus"]
_HALF = next(words[0] for value, words in FRACTION_QUANTITIES if value == "0.5")  # আধা
_MAX_DENOMINATOR = 16  # N/M with a bigger M is a reference (১২/৩৪৫), said N বাই M
# Four digits with a case ending (১৯৭১-এ) are a year when in these years.
_FIRST_YEAR, _LAST_YEAR = 1100, 2099
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
_LONGEST_PERIOD = max(map(len, _PERIOD_WORDS)) + 1
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
_SCALE_WORDS = "লাখ|লক্ষ|কোটি|হাজার|মিলিয়ন|বিলিয়ন"

_DIG = "[০-৯0-9]"
_INT = rf"(?:{_D}+|{_A}+)"
_Y2 = rf"(?:{_D}{{2}}|{_A}{{2}})"
_OCLOCK = _alternation([s for s in OCLOCK_SUFFIXES if _BENGALI.search(s)])
_CASE = "(?:এর|এ|র|তে|য়|ও)"
# Words after N/M that make it a range of counts (৪/৫ জন, ২/৩ দিন), not a fraction.
_COUNT_WORDS = _alternation(
    [*COUNTERS, *(w for _, words in UNITS for w in words if _BENGALI.search(w)), *MINUTE_WORDS[:2]]
)
_CURRENCY_WORDS = {word: word for _, word in CURRENCIES.values()}
_CURRENCY_SYMBOLS = dict(CURRENCIES.values())
_DEGREE_UNITS = {
    "C": SPOKEN_SIGNS["celsius"],
    "সে": SPOKEN_SIGNS["celsius"],
    "F": SPOKEN_SIGNS["fahrenheit"],
    "ফা": SPOKEN_SIGNS["fahrenheit"],
}

_PATTERN = re.compile(
    rf"""
    (?:
      (?P<url>(?<![^\s(\[<"'])(?:https?://|www\.)[^\s<>"')\]]+)
    | (?P<iso>(?P<i_year>{_YEAR})-(?P<i_month>{_Y2})-(?P<i_day>{_Y2})
          (?:[T ](?P<i_h>{_Y2}):(?P<i_m>{_Y2})(?::(?P<i_s>{_Y2}))?)?(?![০-৯0-9]))
    | (?P<ndate>(?P<n_day>{_DIG}{{1,2}})(?P<n_sep>[/.-])(?P<n_month>{_DIG}{{1,2}})(?P=n_sep)
          (?P<n_year>{_DIG}{{4}}|{_DIG}{{2}})(?![০-৯0-9]))
    | (?P<phone>(?:\+[ ]?{_DIG}|[০0]{_DIG}{{2}}){_DIG}{{0,12}}(?:[- ]{_DIG}{{2,8}}){{0,4}}(?![০-৯0-9]))
    | (?P<time>(?P<t_h>{_DAY}):(?P<t_m>{_D}{{2}}|{_A}{{2}})(?::(?P<t_s>{_D}{{2}}|{_A}{{2}}))?(?![০-৯0-9])
          (?:[ ]?(?P<t_ampm>{_alternation(list(_AMPM_WORDS))})(?![{_L}A-Za-z]))?
          (?P<t_sfx>{_OCLOCK})?
          (?P<t_at>-?(?:এ|য়)(?![{_L}]))?)
    | (?P<yrange>(?P<r_first>{_YEAR})[-\u2013](?P<r_second>{_YEAR}|{_Y2})(?![০-৯0-9]))
    | (?P<ratio>{_INT}(?::{_INT}){{1,3}}(?![০-৯0-9]))
    | (?P<taka>(?P<k_symbol>[৳₹][ ]?|(?:Tk|TK|tk)\.?[ ]?)(?P<k_num>{_NUM})(?:[ ](?P<k_scale>{_SCALE_WORDS})(?![{_L}]))?)
    | (?P<slash>(?P<s_a>{_INT})/(?P<s_b>{_INT})(?![/০-৯0-9])(?P<s_count>(?=[ ]?(?:{_COUNT_WORDS})(?![{_L}])))?)
    | (?P<ord>(?P<o_num>{_D}+|{_A}+)[ ]?(?P<o_suffix>তম|র্থ|ষ্ঠ|ম|য়|লা|রা|ঠা|ই|শে)(?![{_L}]))
    | (?P<year>(?P<y_num>{_YEAR})(?=[ ]?(?:{_alternation(list(_YEAR_FOLLOWERS))})))
    | (?P<latin>(?<![A-Za-z0-9০-৯-])[A-Za-z][A-Za-z0-9০-৯]*(?:-[A-Za-z0-9০-৯]+){{0,15}})
    | (?P<num>(?P<sign>(?<![{_L}A-Za-z০-৯0-9])-)?(?P<c_num>{_NUM})
          (?:[ ]?(?P<k2_symbol>[৳₹])
          | [ ]?(?P<k3_word>{_alternation(list(_CURRENCY_WORDS))})(?P<k3_case>য়|র|ের|তে)?(?![{_L}])
          | [ ]?(?P<p_pct>%)
          | [ ]?(?P<g_deg>°)[ ]?(?P<g_unit>C|F|সে|ফা)?(?![A-Za-z])
          | (?P<c_counter>{_COUNTER}(?![{_L}]))
          | (?P<c_case>-?{_CASE}(?![{_L}])))?)
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


def _clock_words(hour24: int, minute: int, second: int | None, fraction: str | None = None) -> str:
    """The clock reading of a time, without its day period: সাড়ে দশটা, ছয়টা বিয়াল্লিশ মিনিট
    (``fraction``: the digits after a second's decimal point, as written)."""
    h12 = hour24 % 12 or 12
    if second is not None:
        seconds = _cardinal(f"{second}.{fraction}") if fraction else _UNITS[second]
        return f"{_hour(h12)} {_UNITS[minute]} মিনিট {seconds} সেকেন্ড"
    if minute == 0:
        return _hour(h12)
    if minute == 30:
        return {1: "দেড়টা", 2: "আড়াইটা"}.get(h12, "সাড়ে " + _hour(h12))
    if minute == 15:
        return "সোয়া " + _hour(h12)
    if minute == 45:
        return "পৌনে " + _hour(h12 % 12 + 1)
    return f"{_hour(h12)} {_UNITS[minute]} মিনিট"


def _taka(num: str, scale: str | None, word: str = "টাকা", case: str = "") -> str:
    """``১১৯.৫০`` টাকা → একশো উনিশ টাকা পঞ্চাশ পয়সা (a case ending goes to the last word)."""
    fraction = num.replace(",", "").translate(_ASCII_OF).partition(".")[2]
    if scale is not None:
        return f"{_cardinal(num)} {scale} {word}{case}"
    if len(fraction) > 2:
        return f"{_cardinal(num)} {word}{case}"
    words = _cardinal(num.split(".", 1)[0]) + " " + word
    paisa = int(fraction.ljust(2, "0")) if fraction else 0
    if paisa:
        return f"{words} {_UNITS[paisa]} {_PAISA}{case}"
    return words + case


def _attach(words: str, ending: str) -> str:
    """A case ending written after a number (``১৯৭১-এ``, ``১০-এর``) joined to its last word:
    একাত্তরে, দশের, বারোতে, দুইয়ে."""
    ending = ending.lstrip("-")
    last = words[-1]
    if ending in ("তে", "ও"):
        return words + ending
    vowel_sign = "\u09be" <= last <= "\u09cc"
    independent = "\u0985" <= last <= "\u0994"
    if ending in ("এর", "র"):
        return words + ("র" if vowel_sign else "য়ের" if independent else "ের")
    # এ, য়: "in, at"
    return words + ("তে" if vowel_sign else "য়ে" if independent else "ে")


def _digits(text: str) -> str:
    """Every digit of ``text`` said one by one (a phone or account number)."""
    return " ".join(_UNITS[int(c)] for c in text.translate(_ASCII_OF) if c.isdigit())


def _phone(text: str) -> str | None:
    groups = re.split("[- ]+", text.lstrip("+ "))
    if sum(len(g) for g in groups) < 7:
        return None  # too short for a phone number: the numbers as numbers
    words = " ".join(_digits(g) for g in groups)
    return f"{_PLUS} {words}" if text.startswith("+") else words


def _date_words(day: int, month: int, year: int) -> str:
    return (
        f"{date_ordinal(day, style='words')} {_GREGORIAN_CANON[month]} "
        f"{number_to_words(year, style='year')}"
    )


def _year_range(m: re.Match[str]) -> str | None:
    first, second_text = _int(m["r_first"]), m["r_second"]
    second = _int(second_text)
    ok = second == (first + 1) % 100 if len(second_text) == 2 else first < second <= first + 100
    if not (_FIRST_YEAR <= first <= _LAST_YEAR and ok):
        return None
    tail = number_to_words(second, style="year") if len(second_text) == 4 else _cardinal(second_text)
    return f"{number_to_words(first, style='year')}-{tail}"


def _slash(m: re.Match[str]) -> str:
    """N/M: a range of counts (৪/৫ জন → চার-পাঁচ জন), a fraction (১/২ → আধা, ৩/৪ → চার
    ভাগের তিন) or, when neither, N বাই M as addresses and references are said."""
    a_text, b_text = m["s_a"], m["s_b"]
    a, b = _int(a_text), _int(b_text)
    if m["s_count"] is not None and b == a + 1:
        return f"{_cardinal(a_text)}-{_cardinal(b_text)}"
    if 0 < a < b <= _MAX_DENOMINATOR and not a_text.startswith(("0", "০")):
        if (a, b) == (1, 2):
            return _HALF
        return f"{_cardinal(b_text)} {SPOKEN_SIGNS['parts_of']} {_cardinal(a_text)}"
    return f"{_cardinal(a_text)} {SPOKEN_SIGNS['by']} {_cardinal(b_text)}"


def _number_and_suffix(m: re.Match[str]) -> str:
    """A number with what is written after it: ৳ or টাকা (with পয়সা), %, °, a counter
    (৫টি → পাঁচটি) or a case ending (১৯৭১-এ → উনিশশো একাত্তরে). One alternative of the
    pattern reads them all, so that a long run of digits is scanned once."""
    num = m["c_num"]
    minus = NEGATIVE_WORDS[0] + " " if m["sign"] else ""
    if m["k2_symbol"]:
        return minus + _taka(num, None, _CURRENCY_SYMBOLS[m["k2_symbol"]])
    if m["k3_word"]:
        return minus + _taka(num, None, m["k3_word"], m["k3_case"] or "")
    if m["p_pct"]:
        return f"{minus}{_cardinal(num)} {SPOKEN_SIGNS['percent']}"
    if m["g_deg"]:
        unit = m["g_unit"]
        words = f"{minus}{_cardinal(num)} {SPOKEN_SIGNS['degree']}"
        return f"{words} {_DEGREE_UNITS[unit]}" if unit else words
    year = m["c_case"] and len(num) == 4 and _FIRST_YEAR <= _int(num) <= _LAST_YEAR
    words = minus + (number_to_words(_int(num), style="year") if year else _cardinal(num))
    return _attach(words, m["c_case"]) if m["c_case"] else words + (m["c_counter"] or "")


def _latin(text: str) -> str:
    """``COVID-19`` → COVID-উনিশ, ``H1N1`` → H এক N এক: the letters kept, the numbers said."""
    if not any(c.isdigit() for c in text):
        return text
    out: list[str] = []
    for piece in _LATIN_PIECES.findall(text):
        if piece == "-":
            out.append(piece)
            continue
        if out and out[-1] != "-":
            out.append(" ")
        out.append(_cardinal(piece) if piece[0].isdigit() else piece)
    return "".join(out)


_LATIN_PIECES = re.compile("[A-Za-z]+|[0-9০-৯]+|-")


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
    if kind == "url":  # an address is left as written, digits and all
        return m.group()
    if kind in ("ndate", "time", "iso"):
        # the shape of a date or a clock that search did not read as one (৩১/০২/২০২৪,
        # ২৫:৬১, ১৩:০০ পিএম, ১.২.৩০): its numbers one by one, its marks kept
        out = None
    elif kind == "phone":
        out = _phone(m.group())
    elif kind == "yrange":
        out = _year_range(m)
    elif kind == "ratio":  # স্কোর ২:১ → দুই-এক
        out = "-".join(_cardinal(n) for n in m.group().split(":"))
    elif kind == "taka":
        out = _taka(m["k_num"], m["k_scale"], _CURRENCY_SYMBOLS.get(m["k_symbol"].strip(), "টাকা"))
    elif kind == "slash":
        out = _slash(m)
    elif kind == "latin":
        out = _latin(m.group())
    elif kind == "ord":
        out = _ordinal(m)
    elif kind == "year":
        out = number_to_words(_int(m["y_num"]), style="year")
    else:
        out = _number_and_suffix(m)
    if out is None:  # not a real date or time: read the numbers one by one
        return _NUMBER_ONLY.sub(lambda d: _cardinal(d.group()), m.group())
    return out


_NUMBER_ONLY = re.compile(_NUM)


def _numbers(text: str) -> str:
    """The number-level reading of text that holds no date or time search found."""
    return _PATTERN.sub(_replace, text) if text else text


# --- dates and times: what search finds, spoken from its tokens and typed reading ------

#: The roles that make a window of a match a date or a clock to speak.
_SPOKEN_ROLES = frozenset(("day", "month", "nmonth", "year", "bday", "bmonth", "byear", "hday", "hmonth", "hyear", "hour"))
_CALENDARS = (("day", "month", "year"), ("bday", "bmonth", "byear"), ("hday", "hmonth", "hyear"))
_CASE_AFTER = re.compile(f"-?{_CASE}(?![{_L}])")
_AT_AFTER = re.compile(f"-?(?:এ|য়)(?![{_L}])")
_LETTER = re.compile(f"[{_L}A-Za-z]")
_SUFFIXES = frozenset(s for s in OCLOCK_SUFFIXES if _BENGALI.search(s))
_Edit = tuple[int, int, str]


def _month_word(written: str) -> str:
    """A month name as said: an abbreviation in full (সেপ্টে → সেপ্টেম্বর), a case kept."""
    for size in range(len(written), 0, -1):
        found = _MONTH_NAMES.get(written[:size])
        if found is not None:
            canonical = found[0]
            name = written[:size]
            if name.endswith("ঃ") or len(name) < len(canonical) - 1:
                name = canonical
            return name + written[size:]
    return written  # a Latin or Hijri name: as written


def _windows(tokens: Tokens, i: int, j: int, span: bool) -> Iterator[tuple[int, Mapping[str, int]]]:
    """The longest point expressions among tokens ``i`` to ``j`` (one search match) that
    name a day or a clock: the whole match, or the ends of a range, one after another
    (``span``: the match is a range, whose ``-`` is never a zone's sign)."""
    kinds = tokens.kinds
    k = i
    while k < j:
        for stop in range(j, k, -1):
            found = search_roles(kinds[k:stop])
            if (
                found is not None
                and not _SPOKEN_ROLES.isdisjoint(found)
                and not (span and "tzsign" in found)
            ):
                yield k, found
                k = stop
                break
        else:
            k += 1


def _year_edit(norm: str, tokens: Tokens, at: int, year: int) -> _Edit:
    """A year said as a year (উনিশশো একাত্তর), joined to a case written on it (১৯৭১-এ)."""
    end = tokens.ends[at]
    words = number_to_words(year, style="year")
    case = _CASE_AFTER.match(norm, end)
    if case is not None:
        return tokens.starts[at], case.end(), _attach(words, case.group())
    return tokens.starts[at], end, words


def _date_edits(
    norm: str, tokens: Tokens, first: int, found: Mapping[str, int], reading: Fields,
    this_year: Callable[[], int],
) -> list[_Edit] | None:
    """The date of a window: the day as a date ordinal, the month in full, the year as a
    year; a numeric date (১৪/০৯/২০২৪, ২০২৪-০৯-১৪) as day, month name and year."""
    kinds = tokens.kinds
    if reading.nmonth is not None:
        day, month, year = reading.day, reading.nmonth, reading.year
        if day is None or year is None:
            return None
        places = [first + found[r] for r in ("day", "nmonth", "year")]
        if reading.yeardigits is not None and reading.yeardigits <= 2:
            if kinds[places[0] + 1] == ".":  # ১.২.৩০ is a section number more often than a date
                return None
            year = two_digit_year(year, this_year())  # as parse reads a two-digit year
        try:
            date(year, month, day)
        except ValueError:
            return None
        return [(tokens.starts[min(places)], tokens.ends[max(places)], _date_words(day, month, year))]
    edits: list[_Edit] = []
    for day_role, month_role, year_role in _CALENDARS:
        at = first + found[day_role] if day_role in found else -1
        # a day before তারিখ is its count (জানুয়ারির ২২ তারিখ: বাইশ তারিখ), said as a number
        if at >= 0 and kinds[at + 1 : at + 2] != "L" and tokens.in_digits(at):
            day = getattr(reading, day_role)
            if not 1 <= day <= 31:
                return None
            end = tokens.ends[at + 1] if kinds[at + 1 : at + 2] == "o" else tokens.ends[at]
            words = date_ordinal(day, style="words")
            if _LETTER.match(norm, end):  # ১৭নভেম্বর: সতেরোই নভেম্বর
                words += " "
            edits.append((tokens.starts[at], end, words))
        if month_role in found:
            at = first + found[month_role]
            written = tokens.text(at)
            said = _month_word(written)
            if said != written:
                edits.append((tokens.starts[at], tokens.ends[at], said))
        if year_role in found:
            at = first + found[year_role]
            if tokens.in_digits(at):
                edits.append(_year_edit(norm, tokens, at, getattr(reading, year_role)))
    return edits


def _clock_edit(norm: str, tokens: Tokens, first: int, found: Mapping[str, int], reading: Fields) -> _Edit | None:
    """A clock (HH:MM[:SS], perhaps with এএম/পিএম) said with its day period first, as
    parse reads the time; a suffix written on it replaces the hour's টা."""
    hour, minute, second = reading.hour, reading.minute, reading.second
    kinds = tokens.kinds
    at = first + found["hour"]
    if hour is None or minute is None or kinds[at + 1 : at + 2] != ":":
        return None  # an o'clock time (৯টা ৩০ মিনিট): its numbers are said as numbers
    if not (tokens.in_digits(at) and tokens.in_digits(first + found["minute"])):
        return None  # শূন্য:শূন্য is already words
    if minute > 59 or (second is not None and second > 59):
        return None
    if reading.ampm is not None:
        if not 1 <= hour <= 12:
            return None
        hour24 = hour % 12 + (12 if reading.ampm else 0)
    elif hour <= 23:
        hour24 = hour
    else:
        return None
    last = first + max(found[r] for r in ("minute", "second", "fraction", "ampm") if r in found)
    end = tokens.ends[last]
    words = _clock_words(hour24, minute, second, reading.fractiontext)
    if kinds[last + 1 : last + 2] == "t" and tokens.text(last + 1) in _SUFFIXES:
        suffix = tokens.text(last + 1)  # ১২:০০টায়, ১০:৩০ টা: বারোটায়, never বারোটাটায়
        end = tokens.ends[last + 1]
        if words.endswith("টা"):
            words = words[:-2] + suffix
        elif suffix != "টা":  # ছয়টা বিয়াল্লিশ মিনিটে, মিনিটের
            words += "ের" if suffix == "টার" else "ে"
    at_mark = _AT_AFTER.match(norm, end)
    if at_mark is not None:  # ১০:৩০-এ "at 10:30": সাড়ে দশটায়, ছয়টা বিয়াল্লিশ মিনিটে
        end = at_mark.end()
        if words.endswith("টা"):
            words += "য়"
        elif not words.endswith(("ে", "য়")):
            words += "ে"
    start = tokens.starts[at]
    before = norm[max(0, start - _LONGEST_PERIOD) : start].rstrip(" ")
    if reading.period is None and not before.endswith(_PERIOD_WORDS):
        words = f"{_period(hour24)} {words}"
    return start, end, words


def _edits(norm: str, now: datetime | None, this_year: Callable[[], int]) -> list[_Edit]:
    """What search finds in ``norm``, spoken: one edit per date, per clock, per ``T``."""
    urls = [m.span() for m in _URL.finditer(norm)]  # in order, never overlapping
    url_starts = [start for start, _ in urls]
    tokens = scan(norm)
    edits: list[_Edit] = []
    for match in unwarned_search(norm, now=now):  # it speaks what is written, fitting or not
        last_url = bisect_left(url_starts, match.end) - 1  # the last address starting before its end
        if last_url >= 0 and urls[last_url][1] > match.start:
            continue  # a date inside a web address is part of the address
        i = bisect_left(tokens.starts, match.start)
        j = bisect_left(tokens.starts, match.end)
        for first, found in _windows(tokens, i, j, match.kind == "interval"):
            reading = Fields.from_roles(tokens, found, first)
            found_edits = _date_edits(norm, tokens, first, found, reading, this_year)
            if found_edits is None:
                continue
            if "hour" in found:
                clock = _clock_edit(norm, tokens, first, found, reading)
                if clock is not None:
                    at = first + found["hour"]
                    if at > first and tokens.kinds[at - 1] == "T":  # ২০২৪-০৯-১৪T১৮:৪২
                        found_edits.append((tokens.starts[at - 1], tokens.ends[at - 1], ", "))
                    elif found_edits and reading.nmonth is not None:  # ২০২৪-০৯-১৪ ১৮:৪২: a pause
                        gap = norm[found_edits[-1][1] : clock[0]]
                        if gap and not gap.strip():
                            found_edits.append((found_edits[-1][1], clock[0], ", "))
                    found_edits.append(clock)
            edits.extend(sorted(found_edits))
        if match.kind == "interval":
            edits.extend(_alternative_days(tokens, i, j))
    edits.sort()
    return edits


def _alternative_days(tokens: Tokens, i: int, j: int) -> list[_Edit]:
    """``১৪/১৫ সেপ্টেম্বর`` (the 14th or the 15th) is said as a range of days is, চৌদ্দ-পনেরোই:
    the slash between two day numbers in digits becomes a hyphen (never left half read)."""
    kinds = tokens.kinds
    return [
        (tokens.starts[k], tokens.ends[k], "-")
        for k in range(i + 1, j - 1)
        if kinds[k] == "/" and kinds[k - 1] == kinds[k + 1] == "d"
        and tokens.in_digits(k - 1) and tokens.in_digits(k + 1)
    ]


def verbalize(text: str, *, now: datetime | None = None) -> str:
    """Write the numbers, dates, times, percentages and taka amounts in ``text`` as words.

    ``now`` (default: the clock, in Asia/Dhaka) places a two-digit year (``১৪/০৯/২৪``) as
    :func:`~bn_datetime.parse` does: within 80 years before it and 19 after.

    >>> verbalize("২১শে ফেব্রুয়ারি ১৯৫২, ১৪ সেপ্টে")
    'একুশে ফেব্রুয়ারি উনিশশো বায়ান্ন, চৌদ্দই সেপ্টেম্বর'
    >>> verbalize("সকাল ১০:৩০-এ ৫টি বাস, ২.৫ কোটি টাকা")
    'সকাল সাড়ে দশটায় পাঁচটি বাস, দুই দশমিক পাঁচ কোটি টাকা'
    >>> verbalize("১৯৭১ সালে ৩য় স্থান, তাপমাত্রা -৫ ডিগ্রি")
    'উনিশশো একাত্তর সালে তৃতীয় স্থান, তাপমাত্রা মাইনাস পাঁচ ডিগ্রি'
    >>> verbalize("স্কোর ২:১, ১/২ কেজি ১১৯.৫০ টাকা, রাত ১২:০০টায়, ১৯৭১-এ")
    'স্কোর দুই-এক, আধা কেজি একশো উনিশ টাকা পঞ্চাশ পয়সা, রাত বারোটায়, উনিশশো একাত্তরে'
    >>> verbalize("ফোন ০১৭১১-২৩৪৫৬৭")
    'ফোন শূন্য এক সাত এক এক দুই তিন চার পাঁচ ছয় সাত'

    It never raises on a ``str``, and takes time linear in the text's length.
    """
    if not isinstance(text, str):
        msg = f"verbalize() needs a str, not {type(text).__name__}"
        raise TypeError(msg)
    year: list[int] = []

    def this_year() -> int:  # asked only for a two-digit year (১৪/০৯/২৪)
        if not year:
            year.append((now or _tz.now()).year)
        return year[0]

    norm = normalize(text)
    out: list[str] = []
    pos = 0
    for start, end, words in _edits(norm, now, this_year):
        if start < pos:  # never overlapping: the first reading stands
            continue
        out.append(_numbers(norm[pos:start]))
        out.append(words)
        pos = end
    out.append(_numbers(norm[pos:]))
    return "".join(out)
