"""The date/time grammar: a short table of rules over token kinds.

The tokenizer (:mod:`bn_datetime.reader._lexer`) turns ``"১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"`` into
the kind string ``"dMy,d:dA"``. Each rule below is a regular expression over such
strings, written with the named pieces ``DAY``, ``MONTH``, ``YEAR`` …; a piece names
the role of the token it captures (day, month, hour …). The rules are joined into one
expression, compiled once, and matched against the whole kind string, so a parse is
a single ``fullmatch`` however many rules there are.

>>> dict(roles("dMy,d:dA"))
{'day': 0, 'month': 1, 'year': 2, 'hour': 4, 'minute': 6, 'ampm': 7}
>>> roles("dMyU") is None
True

The table, with an example of each rule, is ``RULES`` (and ``docs/grammar.md``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from itertools import compress, count
from typing import Final, NamedTuple

__all__ = ["RULES", "YEAR_MARK", "Rule", "furthest", "hijri_roles", "roles", "search_roles"]

_ids = count()


def _g(role: str, kinds: str) -> str:
    """A capture of one token of the given kinds, playing ``role``."""
    return f"(?P<{role}{next(_ids)}>{kinds})"


def _day() -> str:
    return _g("day", "d") + "o?"


def _year(kinds: str = "[yd]") -> str:
    return _g("year", kinds) + "S?E?"


# ---- the pieces -------------------------------------------------------------------
C = ",?"  # an optional comma
# between a date and its time: "," "|" "।" "-" "T" "এ", and ":" before a time in words
# (২১ আগস্ট: ৪টা ১৭ মিনিট, with its minutes, a fraction or a period: "২১ আগস্ট: ৪টা বই" is
# a count) — not before a clock, where it would make "১৪ সেপ্টেম্বর, ০৬:৪২" a two-digit year
# and a label (তারিখ: ১২/০৯/২০২৪, সময়: সকাল ১০টা)
DSEP = "(?:(?:[,|\\-T]|:(?=z?P|F|dtd|h))?(?:L[:\\-]?)?x?)"
LABELS = "(?:L+[:,\\-|]?)?"  # "প্রকাশ :", "সর্বশেষ আপডেট:"


def _weekday() -> str:
    return _g("weekday", "W")


def _gregorian_dates() -> list[str]:
    return [
        # ১৪ সেপ্টেম্বর ২০২৪ · ১৪ অক্টোবর,শুক্রবার,২০২২ · 19 ফেব্রুয়ারী 2013 সাল
        f"{_day()}{C}{_g('month', 'M')}{C}(?:{_weekday()}{C})?{_year()}",
        # সেপ্টেম্বর ১৪, ২০২৪ · জুলাই 22, 2014
        f"{_g('month', 'M')}{C}{_day()}{C}{_year()}",
        # ২০২৪ সালের ১৪ সেপ্টেম্বর · ৮৬ সালের ১০ জুলাই · ৯৬ এর ১২ জুলাই
        f"{_year_first()}{C}{_day()}{C}{_g('month', 'M')}",
        # ২০২৪ নভেম্বর ১৫ (the year first, then month and day)
        f"{_g('year', 'y')}{C}{_g('month', 'M')}{C}{_day()}",
        # জানুয়ারির ২২ তারিখ · ডিসেম্বর মাসের ১০ তারিখে (a day of a named month, no year)
        f"{_g('month', 'M')}{_g('unit', 'u')}?{C}{_day()}L",
        # ২০২৩ সালের ডিসেম্বরের ১০ তারিখে (the same, the year first)
        f"{_year_first()}{C}{_g('month', 'M')}{_g('unit', 'u')}?{C}{_day()}L",
        # ১৪/০৯/২০২৪ · 14-09-2024 · ১৪.০৯.২০২৪ (day first, one separator throughout)
        _numeric_date(),
        # 14-Sep-2024 · ১৪-সেপ্টেম্বর-২০২৪ (a month name between dashes)
        _named_month_date(),
        # ২০২৪-০৯-১৪ (ISO 8601 order) · ২০২৪/০৯/১৪ · ২০২৪.০৯.১৪ (one separator throughout)
        _numeric_date(year_first=True),
        # সেপ্টেম্বর ২০২৪ (a month)
        f"{_g('month', 'M')}{C}{_year('y')}",
        # ২০২৪ সালের জানুয়ারিতে · ২০২৪ নভেম্বর (a month, the year first)
        f"{_year_first()}{C}{_g('month', 'M')}",
        # ২০২৪ সাল (a year, only with a year word or era)
        f"{_g('year', 'y')}(?:S|E|SE)",
        # ১৪ সেপ্টেম্বর (no year: see the year-less rule in docs/grammar.md)
        f"{_day()}{_g('month', 'M')}",
    ]


def _year_dates() -> str:
    """The Gregorian days that print their year (after আগামী/গত/চলতি/এই, which they overrule).

    Day first, month first, year first (``গত ২০২৩ সালের ৫ মার্চ``), numeric and ISO.
    """
    return "|".join(
        form for form in _gregorian_dates() if "(?P<year" in form and ("(?P<month" in form or "(?P<nmonth" in form)
    )


#: What follows a year said before its month or days: সাল or এর, hyphened or not (২০২৩ সালের,
#: ৭১-এর). :mod:`.spans` and :mod:`.searching` look for the same mark.
YEAR_MARK: Final = "(?:S|-?x)"


def _year_first() -> str:
    """A year before its month: four digits (সাল or এর optional), or two with সাল/এর
    (৮৬ সালের, ৭১-এর, একাত্তরের)."""
    return f"(?:{_g('year', 'y')}{YEAR_MARK}?|{_g('year', 'd')}{YEAR_MARK})"


def _named_month_date() -> str:
    sep = f"_s{next(_ids)}"
    return f"{_g('day', 'd')}(?P<{sep}>[/.\\-]){_g('month', 'M')}(?P={sep}){_year()}"


def _numeric_date(year_first: bool = False) -> str:
    # the era word is kept: in the Bangla calendar's years only ইং/খ্রি. make it Gregorian
    sep = f"_s{next(_ids)}"
    if year_first:  # ISO 8601's order: a four-digit year, and no era word after the day
        return f"{_g('year', 'y')}(?P<{sep}>[/.\\-]){_g('nmonth', 'd')}(?P={sep}){_g('day', 'd')}"
    return (
        f"{_g('day', 'd')}(?P<{sep}>[/.\\-]){_g('nmonth', 'd')}(?P={sep})"
        f"{_g('year', '[yd]')}S?{_g('era', 'E')}?"
    )


def _bangla_date() -> str:
    # ৩০ ভাদ্র ১৪৩১ · ১লা বৈশাখ ১৪৩১ বঙ্গাব্দ · বৈশাখ ২১, ১৪৩১ (the month first)
    # · ৩০-০৫-১৪৩১ বঙ্গাব্দ (numeric: only with its era word)
    sep = f"_s{next(_ids)}"
    return (
        f"(?:(?:{_g('bday', 'd')}o?{_g('bmonth', 'G')}"
        f"|{_g('bmonth', 'G')}{C}{_g('bday', 'd')}o?){C}{_g('byear', 'y')}S?K?"
        f"|{_g('bday', 'd')}(?P<{sep}>[/.\\-]){_g('bmonth', 'd')}(?P={sep}){_g('byear', 'y')}S?K)"
    )


def _bangla_year_first() -> str:
    # ১৪৩১ বঙ্গাব্দের ২৯ ভাদ্র (the year first, with its era word)
    return f"{_g('byear', 'y')}K{C}{_g('bday', 'd')}o?{_g('bmonth', 'G')}"


def _hijri_year_first() -> str:
    # ১৪৪৬ হিজরির ১০ মহররম (the year first, with its era word)
    return f"{_g('hyear', '[yq]')}Q{C}{_g('hday', 'd')}o?{_g('hmonth', 'J')}"


def _bangla_yearless() -> str:
    # পহেলা বৈশাখ · ১লা বৈশাখ (no year: the nearest such day to now)
    return f"{_g('bday', 'd')}o?{_g('bmonth', 'G')}"


def _hijri_date(year: str = "[yq]") -> str:
    # ১০ রবিউল আউয়াল ১৪৪৬ হিজরি
    return f"{_g('hday', 'd')}o?{_g('hmonth', 'J')}{C}{_g('hyear', year)}Q?"


def _hijri_yearless() -> str:
    # ১ রমজান · ১০ মহররম (no year: the nearest such day to now, ±1 day as with a year)
    return f"{_g('hday', 'd')}o?{_g('hmonth', 'J')}"


def _dates(extra_calendars: bool = True) -> str:
    greg = "|".join(_gregorian_dates())
    year_first = f"{_bangla_year_first()}|{_hijri_year_first()}"
    if not extra_calendars:  # search: each calendar of a dateline is its own match
        return (
            f"(?:{greg}|{_bangla_date()}|{year_first}|{_bangla_yearless()}|{_hijri_date()}"
            f"|{_hijri_yearless()})"
        )
    extra = f"(?:[,|\\-]?{_bangla_date()})?(?:[,|\\-]?{_hijri_date()})?"
    # a government notice: ২৯ ভাদ্র ১৪৩১ বঙ্গাব্দ/১৩ সেপ্টেম্বর ২০২৪ খ্রিঃ
    bangla_first = f"{_bangla_date()}[,|\\-/]?(?:{'|'.join(_gregorian_dates()[:3])})"
    return (
        f"(?:(?:{greg}){extra}|{bangla_first}"
        f"|{_bangla_date()}(?:[,|\\-]?{_hijri_date()})?|{_hijri_date()}|{year_first}|{_bangla_yearless()}"
        f"|{_hijri_yearless()})"
    )


def _relative(time_part: Callable[[], str], day_part: Callable[[], str]) -> list[str]:
    """Expressions counted from ``now``: offsets, গত/আগামী/এই phrases, পরশু, a month alone.

    A weekday or a date after গত/আগামী/এই may carry its time or its part of the day.
    """
    modifier = _g("relmod", "g")
    return [
        # ২ ঘণ্টা আগে · ৩ ঘণ্টা ২০ মিনিট আগে · দেড় ঘণ্টা আগে · ১ বছর, ২ মাস, এবং ৩ দিন আগে ·
        # দুদিন আগে (a count glued to its unit, c)
        f"x?(?:{_g('offset', '[dqyNv]')}[msu]|{_g('offset', 'c')})(?:[,x&]*(?:[dqyNv][msu]|c))*[,x&]*a",
        # গত পরশু · আগামী তরশু
        f"{modifier}{_g('daycount', 'r')}",
        # গত শুক্রবার · আগামী শনিবার সকাল ১১টায় · গত বৃহস্পতিবার রাতে
        f"{_g('relmod', 'g')}{_g('weekday', 'W')}(?:{C}(?:{time_part()}|{day_part()}))?",
        # গত জুন মাসে · আগামী জানুয়ারি
        f"{_g('relmod', 'g')}{_g('month', 'M')}{_g('unit', 'u')}?",
        # গত ১০ সেপ্টেম্বর · আগামী ১ আগস্ট, শুক্রবার রাতে · আগামী ২০ সেপ্টেম্বর সকাল ১১টায়
        f"{_g('relmod', 'g')}{_day()}{_g('month', 'M')}L?(?:{C}{_g('weekday', 'W')})?"
        f"(?:{DSEP}(?:{time_part()}|{day_part()}))?",
        # চলতি বছরের ১৬ অক্টোবর · গত বছরের ডিসেম্বরে · এ বছরের ১৫ মার্চ (the filler এ: "this")
        f"(?:{_g('relmod', 'g')}|{_g('this', 'x')}){_g('unit', 'u')}(?:{_day()})?{_g('month', 'M')}",
        # চলতি মাসের ৯ তারিখ
        f"(?:{_g('relmod', 'g')}|{_g('this', 'x')}){_g('unit', 'u')}{_day()}L?",
        # গত ১০ তারিখে · আগামী ১৫ তারিখ (a day of this month, or of the last or next that has it)
        f"{_g('relmod', 'g')}{_day()}L",
        # গত সপ্তাহের শুক্রবার · আগামী সপ্তাহের বৃহস্পতিবার সকাল ১০টায় (that day of that week)
        f"(?:{_g('relmod', 'g')}|{_g('this', 'x')}){_g('unit', 'u')}{_weekday()}(?:{C}(?:{time_part()}|{day_part()}))?",
        # গত মাস · চলতি বছর · আগামী সপ্তাহ · এ বছর
        f"(?:{_g('relmod', 'g')}|{_g('this', 'x')}){_g('unit', 'u')}",
        # সেপ্টেম্বরের প্রথম শুক্রবার · ২০২৫ সালের জানুয়ারির শেষ রবিবার · আগামী মাসের প্রথম সোমবার
        # (a weekday's place in a month: that day)
        f"(?:{_year_first()}{C})?{_g('month', 'M')}{_g('unit', 'u')}?{_nth_weekday()}"
        f"(?:{C}(?:{time_part()}|{day_part()}))?",
        f"(?:{_g('relmod', 'g')}|{_g('this', 'x')}){_g('unit', 'u')}{_nth_weekday()}(?:{C}(?:{time_part()}|{day_part()}))?",
        # জুন মাসে · সেপ্টেম্বরে (a month alone: the nearest such month)
        f"{_g('month', 'M')}{_g('unit', 'u')}?",
        # ২০২৪-এ · ২০২৪ সালে
        f"{_g('year', 'y')}-?x",
    ]


def _nth_weekday() -> str:
    return f"{_g('nth', 'O')}{_g('weekday', 'W')}"


def _times() -> str:
    def period() -> str:  # সকাল · দিবাগত রাত · মাগরিব - (a prayer time table)
        return f"(?:{_g('afterday', 'z')}?{_g('period', 'P')}[:\\-]?)?"

    def given_period() -> str:
        return f"{_g('afterday', 'z')}?{_g('period', 'P')}"

    return "|".join(
        [
            # ০৬:৪২ পিএম · সকাল ১০:৩০ · ১৮:৪২:০৫.৫ · ২২ঃ২২
            f"{period()}{_g('hour', 'd')}:{_g('minute', 'd')}"
            f"(?::{_g('second', 'd')}(?:\\.{_g('fraction', '[dqyN]')})?)?"
            # … সকাল ১০:৫৫ মিনিটে · ১১:০০টায় · ০৩:০০ ঘটিকায় (a weekday after ঘটিকা is not this
            # time's: ১২:০৫ ঘটিকা (শনি হতে বুধবার) names the days the time holds on)
            f"(?:{_g('ampm', 'A')}|{_g('period', 'P')}|m|t(?!,?W))?",
            # রাত ৯টা ৩০ মিনিট · বিকাল সাড়ে ৪টা · ১০টা · সকাল ১১ টা ৩০ · দুপুর ১ ঘটিকায়
            f"{period()}(?:{_g('quarter', 'F')})?{_g('hour', 'd')}{_g('oclock', 't')}t?"
            f"(?:{_g('minute', 'd')}m?(?:{_g('second', 'd')}s)?)?"  # … ৮টা বেজে ১০ মিনিটে
            f"(?:{_g('ampm', 'A')})?",  # ৯টা পিএম; সকাল ৯টা পিএম is a contradiction, refused
            # সন্ধ্যা ৭.১৫ মিনিটে · সকাল ৮-৪৫ মি. · সকাল ৯-৩০ · যোহর: ১২.৪৫ (a period says it
            # is a time; a timetable's colon or dash after it, as with a clock)
            f"{given_period()}[:\\-]?{_g('hour', 'd')}[.\\-]{_g('minute', 'd')}t?m?",
            # রাত্রি ৭/৫০/৪৮ · দিবা ১০/১২/৩০ (an almanac's hour/minute/second after its period)
            f"{given_period()}{_g('hour', 'd')}/{_g('minute', 'd')}/{_g('second', 'd')}",
            # ১২.৪৫ – যোহর · ৪.৫০ ফজর (a prayer timetable's line: the time, then its period)
            f"{_g('hour', 'd')}\\.{_g('minute', 'd')}[\\-:]?{_g('period', 'P')}",
            # ১১.৩০ মিনিট · ১০.৩০টায় (no period: টা or মিনিট says it)
            f"{_g('hour', 'd')}\\.{_g('minute', 'd')}(?:{_g('oclock', 't')}m?|m)",
            # ১৭৩০ ঘণ্টা (a 24-hour dateline time)
            f"{_g('hhmm', 'y')}{_g('hourword', 'u')}",
            # দুপুর দেড়টা
            f"{period()}{_g('clockword', 'h')}",
            # ১০ পিএম · রাত ১০ পিএম
            f"{period()}{_g('hour', 'd')}{_g('ampm', 'A')}",
        ]
    )


def _zone(minus: bool = True) -> str:
    # +০৬:০০, +0600, or (after a zone word only) +৬: "GMT +৬". A bare "-১৪" is no zone.
    # Without ``minus`` a "-০৫:০০" needs its zone word: after a clock time alone it is the
    # dash of a range (১০:০০-১২:০০), and a time with no date keeps no offset anyway.
    def full(signs: str = "[+\\-]") -> str:
        return (
            _g("tzsign", signs)
            + f"(?:{_g('tzhour', 'd')}:{_g('tzminute', 'd')}|{_g('tzhhmm', '[yq]')})"
        )

    short = _g("tzsign", "[+\\-]") + _g("tzhour", "d")
    bare = full() if minus else full("\\+")
    return f"(?:{_g('zone', 'Z')}{full()}|{bare}|{_g('zone', 'Z')}(?:{short})?)"


def _forms(extra_calendars: bool = True) -> list[str]:
    """The sentence forms, in the order they are tried."""

    def before() -> str:  # শুক্রবার, · আগামী মঙ্গলবার ১২ নভেম্বর · আজ (মঙ্গলবার,) (the date decides)
        return f"(?:{_g('relday', 'R')}{C}(?:g?{_weekday()}{C})?|g?{_weekday()}{C})?"

    def day_part() -> str:  # রাতে: a part of the day with no clock (দিবাগত রাত alone says no day)
        return _g("dayperiod", "P")

    def after() -> str:  # , শুক্রবার · রোজ রবিবার · , রোজ: রবিবার (a notice: "on the day Sunday")
        return f"(?:{C}(?:e:?)?{_weekday()})?"

    def dateword() -> str:  # ১০/০৯/২০২৫ তারিখ (বিকাল ৩টায়)
        return "L?"

    def time_part(minus: bool = True) -> str:  # … (বাংলাদেশ সময়) রাত ৮টায় (GMT +৬)
        return f"(?:{_g('zone', 'Z')})?(?:{_times()})(?:{_zone(minus)})?"

    def dates() -> str:
        return _dates(extra_calendars)

    forms = [
        f"{before()}{dates()}{dateword()}{after()}(?:{DSEP}(?:{time_part()}|{day_part()}))?{after()}",
        # আগামী ১৫/০৯/২০২৪ তারিখ রবিবার সকাল ১০টায় (a printed year overrules আগামী/গত, with a
        # RelativeMismatchWarning when the date is on the other side of now)
        f"{_g('relmod', 'g')}{C}(?:{_weekday()}{C})?(?:{_year_dates()}){dateword()}{after()}"
        f"(?:{DSEP}(?:{time_part()}|{day_part()}))?{after()}",
        f"{time_part()}[,|\\-]?(?:L[:\\-]?)?{before()}{dates()}{after()}",
        # আগামীকাল রবিবার সকাল ১০টায় · গতকাল সন্ধ্যায় · আজ (বুধবার) দিবাগত রাত ১২টা
        f"{_g('relday', 'R')}{C}(?:{_weekday()}{C})?(?:{time_part()}|{day_part()})?",
        f"{time_part()}{C}{_g('relday', 'R')}",
        # গত রাতে · গত রাত ২টায় (the night after yesterday: its small hours are today's)
        f"{_g('relmod', 'g')}(?=P)(?:{time_part()}|{day_part()})",
        f"{_g('now', 'n')}",
        # বৃহস্পতিবার রাত ৯টায় · রাত ৯টায়, বৃহস্পতিবার · বৃহস্পতিবার রাতে
        f"{_weekday()}{C}(?:{time_part()}|{day_part()})",
        f"{time_part()}{C}{_weekday()}",
        time_part(minus=False),  # a clock time alone: ১০:০০-১২:০০ is a range, read() reads it
        _weekday(),
        *_relative(time_part, day_part),
    ]
    return forms


def _sentence(forms: list[str]) -> str:
    # … রাত ৯টার দিকে / নাগাদ: an approximate mark after the expression; রাত ১১.৩০-এ: "at"
    return f"{LABELS}(?:{'|'.join(forms)})(?:-?x)?[.,|]?"


_Roles = tuple[str | None, ...]


def _role_table(pattern: re.Pattern[str]) -> _Roles:
    """The role of each group of ``pattern`` by its number (None: group 0, a separator's).

    >>> _role_table(re.compile("(?P<day12>d)(?P<_s3>-)(?P<month4>M)"))
    (None, 'day', None, 'month')
    """
    table: list[str | None] = [None] * (pattern.groups + 1)
    for name, index in pattern.groupindex.items():
        if not name.startswith("_"):
            table[index] = name.rstrip("0123456789")
    return tuple(table)


# The forms are one grammar, tried in order. The first (a date, perhaps with its time)
# is what nearly every dateline is; it is tried first, on its own. Each is compiled when
# first needed (a news dateline never needs one: the news form reads it), which keeps
# `import bn_datetime` and a one-line conversion quick. No form begins with a label or a
# separator, so trying the forms one after the other gives the answers the alternation of
# all of them would.
_FORMS: Final = _forms()


_Grammar = tuple[tuple[re.Pattern[str], _Roles], ...]


@lru_cache(maxsize=1)
def _first() -> tuple[re.Pattern[str], _Roles]:
    """The first form (a date, perhaps with its time) and its role table."""
    pattern = re.compile(_sentence(_FORMS[:1]))
    return pattern, _role_table(pattern)


def _each(forms: list[str]) -> _Grammar:
    """Each form compiled on its own, with its role table, to be tried in order: a match
    reads the spans of its own form's groups only (the alternation of all forms has
    hundreds of groups, and reading them all was most of the cost of a new shape)."""
    compiled = []
    for form in forms:
        pattern = re.compile(_sentence([form]))
        compiled.append((pattern, _role_table(pattern)))
    return tuple(compiled)


@lru_cache(maxsize=1)
def _rest() -> _Grammar:
    return _each(_FORMS[1:])


@lru_cache(maxsize=1)
def _rest_alternation() -> re.Pattern[str]:
    """The forms after the first as one pattern, for :func:`furthest` (prefixes)."""
    return re.compile(_sentence(_FORMS[1:]))


@lru_cache(maxsize=1)
def _search_grammar() -> _Grammar:
    """The sentence grammar for search, compiled when search is first used."""
    return _each(_forms(extra_calendars=False))


def _match(pattern: re.Pattern[str], table: _Roles, kinds: str) -> Mapping[str, int] | None:
    m = pattern.fullmatch(kinds)
    if m is None:
        return None
    found: dict[str, int] = {}
    # the groups that took part, found in C (a form has up to ~150 groups, a match a few):
    # each group takes one token (its kind, a non-empty string), one that took no part is
    # None. Each role at its token, the last group of a role winning, as in group order.
    groups = m.groups()
    for index in compress(range(1, len(groups) + 1), groups):
        role = table[index]
        if role is not None:
            found[role] = m.start(index)
    return found  # shared through the memo: typed read-only, never changed


def _first_form(grammar: _Grammar, kinds: str) -> Mapping[str, int] | None:
    for pattern, table in grammar:
        found = _match(pattern, table, kinds)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=2048)
def roles(kinds: str) -> Mapping[str, int] | None:
    """Match a kind string; return ``{role: token index}`` (read-only) or ``None``.

    The answer depends on the kind string alone (``"dMy,d:dA"``, not the text), and
    news sites print a few dozen such shapes, so answers are kept in a bounded memo:
    it plays the part of a parser table, and holds no input text or value.
    """
    found = _match(*_first(), kinds)
    return found if found is not None else _first_form(_rest(), kinds)


@lru_cache(maxsize=4096)
def search_roles(kinds: str) -> Mapping[str, int] | None:
    """:func:`roles` for :func:`bn_datetime.search`: a dateline's calendars stay apart."""
    return _first_form(_search_grammar(), kinds)


@lru_cache(maxsize=1)
def _hijri_grammar() -> tuple[re.Pattern[str], _Roles]:
    pattern = re.compile(_hijri_date("[yqd]"))
    return pattern, _role_table(pattern)


def hijri_roles(kinds: str) -> Mapping[str, int] | None:
    """The Hijri date rule alone, for a text that is a Hijri date as a whole.

    What :func:`bn_datetime.calendars.hijri.parse_hijri` reads. A year may have one to
    four digits here (AH 1-9999); in running text (:func:`roles`) it has three or four,
    since a short number after a month name is as often a count.

    >>> dict(hijri_roles("doJ,yQ"))
    {'hday': 0, 'hmonth': 2, 'hyear': 4}
    >>> hijri_roles("dMy") is None
    True
    """
    return _match(*_hijri_grammar(), kinds)


def hour_range(kinds: str, values: Sequence[object], found: Mapping[str, int], first: int = 0) -> bool:
    """Whether a clock read as ``HOUR-MINUTE টা`` is a range of hours instead.

    ``সকাল ৮-৯টায়`` and ``সকাল ১০-১১টা`` are "from 8 to 9", "from 10 to 11": টা after
    the second number makes it an hour, and a minute is never written so. A second
    number that cannot be an hour (``সকাল ১০-৩০টায়``) stays the minutes.

    >>> hour_range("Pd-dt", [0, 8, None, 9, None], {"period": 0, "hour": 1, "minute": 3})
    True
    >>> hour_range("Pd-dt", [0, 10, None, 30, None], {"period": 0, "hour": 1, "minute": 3})
    False
    """
    minute = found.get("minute")
    if minute is None:
        return False
    at = first + minute
    value = values[at]
    return (
        kinds[at - 1 : at] == "-"
        and kinds[at + 1 : at + 2] == "t"
        and isinstance(value, int)
        and 1 <= value <= 12
    )


def furthest(kinds: str) -> int:
    """Number of leading tokens that some rule accepts as a whole (for error messages)."""
    for end in range(len(kinds), 0, -1):
        if _first()[0].fullmatch(kinds, 0, end) or _rest_alternation().fullmatch(kinds, 0, end):
            return end
    return 0


class Rule(NamedTuple):
    """A row of the documented grammar table."""

    name: str
    shape: str
    example: str
    iso: str


RULES: Final[tuple[Rule, ...]] = (
    Rule("day month year", "DAY ORD? MONTH ,? (WEEKDAY ,?)? YEAR ERA?", "১৪ সেপ্টেম্বর ২০২৪", "2024-09-14"),
    Rule("month day year", "MONTH ,? DAY ORD? ,? YEAR ERA?", "সেপ্টেম্বর ১৪, ২০২৪", "2024-09-14"),
    Rule("year-first", "YEAR সালের? DAY ORD? MONTH", "২০২৪ সালের ১৪ সেপ্টেম্বর", "2024-09-14"),
    Rule("numeric", "DAY (/|-|.) MONTH# (same) YEAR ERA?", "১৪/০৯/২০২৪", "2024-09-14"),
    Rule("ISO 8601", "YEAR - MONTH# - DAY (T TIME ZONE?)?", "২০২৪-০৯-১৪", "2024-09-14"),
    Rule("month and year", "MONTH ,? YEAR", "সেপ্টেম্বর ২০২৪", "2024-09"),
    Rule("year and month", "YEAR সালের? MONTH", "২০২৪ সালের জানুয়ারিতে", "2024-01"),
    Rule("year", "YEAR (সাল|ERA)", "২০২৪ সাল", "2024"),
    Rule("year-less", "DAY ORD? MONTH", "১৪ সেপ্টেম্বর", "year from now"),
    Rule(
        "Bangla date",
        "DAY ORD? BANGLA_MONTH ,? YEAR বঙ্গাব্দ? | DAY (/|-|.) MONTH# (same) YEAR বঙ্গাব্দ",
        "৩০ ভাদ্র ১৪৩১",
        "2024-09-14",
    ),
    Rule("Bangla year-less", "DAY ORD? BANGLA_MONTH", "পহেলা বৈশাখ", "the nearest 1 Boishakh"),
    Rule("Hijri date", "DAY HIJRI_MONTH YEAR হিজরি?", "১০ রবিউল আউয়াল ১৪৪৬ হিজরি", "≈ 2024-09-14"),
    Rule("clock", "PERIOD? HOUR : MINUTE (: SECOND)? (AMPM|PERIOD)?", "০৬:৪২ পিএম", "18:42"),
    Rule("o'clock", "PERIOD? FRACTION? HOUR টা (MINUTE মিনিট)?", "রাত ৯টা ৩০ মিনিট", "21:30"),
    Rule("clock word", "PERIOD? দেড়টা|আড়াইটা", "দুপুর দেড়টা", "13:30"),
    Rule("hour and AM/PM", "PERIOD? HOUR AMPM", "১০ পিএম", "22:00"),
    Rule("zone", "TIME ZONE_WORD? (+|-) HOUR (: MINUTE)? | TIME ZONE_WORD", "০৬:৪২ পিএম GMT +৬", "18:42+06:00"),
    Rule("relative day", "আজ|গতকাল|আগামীকাল TIME?", "গতকাল রাত ১১টায়", "now - 1 day, 23:00"),
    Rule("weekday and time", "WEEKDAY ,? TIME | TIME ,? WEEKDAY", "বৃহস্পতিবার রাত ৯টায়", "the last Thursday, 21:00"),
    Rule("offset", "(NUMBER UNIT ,?)+ আগে|পরে", "৩ ঘণ্টা ২০ মিনিট আগে", "now - 3:20"),
    Rule("last/next day", "গত|আগামী পরশু|তরশু", "গত পরশু", "now - 2 days"),
    Rule("last/next weekday", "গত|আগামী|এই WEEKDAY (TIME|PERIOD)?", "গত সোমবার", "the Monday before"),
    Rule("last/next month", "গত|আগামী|এই MONTH মাস?", "গত জুন মাসে", "2024-06"),
    Rule("last/next date", "গত|আগামী|এই DAY MONTH (, WEEKDAY)? (TIME|PERIOD)?", "গত ১০ সেপ্টেম্বর", "2024-09-10"),
    Rule("day of a month", "গত|চলতি|আগামী মাসের DAY তারিখ", "চলতি মাসের ৯ তারিখ", "2024-09-09"),
    Rule("period", "গত|চলতি|আগামী সপ্তাহ|মাস|বছর", "গত মাস", "2024-08"),
    Rule("month alone", "MONTH মাস?", "সেপ্টেম্বরে", "2024-09"),
    Rule("sentence", "LABEL? WEEKDAY? DATE WEEKDAY? (SEP TIME ZONE?)? | TIME SEP DATE", "…", "…"),
)
