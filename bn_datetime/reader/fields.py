"""The typed reading the grammar hands the resolver: :class:`Fields`, one slot per role.

The point grammar (:mod:`.grammar`) says which token plays which role (``day``,
``month``, ``hour`` …); :func:`Fields.from_roles` puts each token's value in its slot,
and :func:`bn_datetime.reader.components.resolve` turns the slots into a checked, aware value.
A slot that is ``None`` is a role the text did not fill. The pattern parser
(:mod:`.pattern`) fills the same slots, so both end in the same resolver.

>>> from bn_datetime.reader._lexer import scan
>>> from bn_datetime.reader.grammar import roles
>>> tokens = scan("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম")
>>> f = Fields.from_roles(tokens, roles(tokens.kinds))
>>> (f.day, f.month, f.year, f.hour, f.minute, f.ampm)
(14, 9, 2024, 6, 42, 1)
>>> sorted(f.present())
['ampm', 'day', 'hour', 'minute', 'month', 'year']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any, Final

from bn_datetime.lexicon import MIDNIGHT_WORDS

if TYPE_CHECKING:
    from ._lexer import Tokens

__all__ = ["DATE_ROLES", "Fields", "OffsetStep"]

#: One step of an offset: ``(quantity, unit, ±1)`` — ``(2, "hour", -1)`` is ২ ঘণ্টা আগে.
OffsetStep = tuple[float, str, int]


@dataclass
class Fields:
    """The roles of one point, each in its own slot (``None``: the text has none)."""

    # the date
    day: int | None = None
    month: int | None = None  # a month name, 1-12
    nmonth: int | None = None  # a month number as written (checked later)
    year: int | None = None
    yeardigits: int | None = None  # how many digits the year was written with
    era: str | None = None  # ইং/খ্রি. after a numeric date (its kind, "E")
    weekday: int | None = None  # Monday 0
    nth: int | None = None  # প্রথম 1 … শেষ -1: the weekday's place in its month (প্রথম শুক্রবার)
    relday: int | None = None  # আজ 0, গতকাল -1, আগামীকাল +1
    relmod: int | None = None  # গত -1, আগামী +1, এই/চলতি 0 (and এ: see this)
    this: str | None = None  # a filler before a unit, its kind "x" for এ (এ মাসে: "this", relmod 0)
    daycount: int | None = None  # পরশু 2, তরশু 3
    unit: str | None = None  # "day" … "year"
    offset: tuple[OffsetStep, ...] | None = None
    now: str | None = None  # এখন
    dayperiod: int | None = None  # a part of the day with no clock (রাতে)
    # the other calendars
    bday: int | None = None
    bmonth: int | None = None
    byear: int | None = None
    hday: int | None = None
    hmonth: int | None = None
    hyear: int | None = None
    # the time
    hour: int | None = None
    minute: int | None = None
    minutedigits: int | None = None  # digits of a minute after a dot or hyphen (৮.৯টায়: 1)
    second: int | None = None
    fraction: int | None = None
    fractiontext: str | None = None  # the fraction's digits as written
    ampm: int | None = None  # 0 a.m., 1 p.m.
    period: int | None = None  # index into DAY_PERIODS
    afterday: str | None = None  # দিবাগত
    quarter: int | None = None  # সাড়ে +30, সোয়া +15, পৌনে -15 minutes
    clockword: int | None = None  # দেড়টা: minutes past twelve
    oclock: str | None = None  # টা
    hhmm: int | None = None  # ১৭৩০ (ঘণ্টা)
    hourword: str | None = None  # the unit after hhmm
    # the zone
    tzsign: str | None = None
    tzhour: int | None = None
    tzminute: int | None = None
    tzhhmm: int | None = None
    zone: str | None = None  # an IANA name, perhaps with " standard"/" summer"

    @classmethod
    def from_roles(cls, tokens: Tokens, found: Mapping[str, int], first: int = 0) -> Fields:
        """The slots of the roles ``found`` (role → token index from ``first``).

        A token without a value (a sign, টা, এখন) stands for itself: its kind. A year
        written with two digits or fewer keeps its digit count, and so does a minute
        after a dot or hyphen (``৮.৯টায়``: one digit, no minute); an offset its steps.
        """
        kinds = tokens.kinds
        reading = cls.from_kinds(kinds, tokens.values, found, first)
        if reading.year is not None and kinds[first + found["year"]] == "d":
            at = first + found["year"]
            if tokens.in_digits(at):
                reading.yeardigits = tokens.ends[at] - tokens.starts[at]
            else:  # a year in words (চব্বিশ, তিন) has the digits of its value, not its letters
                reading.yeardigits = len(str(reading.year))
        if "minute" in found and "hour" in found:
            at = first + found["minute"]
            if at > 0 and kinds[at - 1] in ".-" and kinds[at] == "d":
                reading.minutedigits = tokens.ends[at] - tokens.starts[at]
        if "fraction" in found:
            at = first + found["fraction"]
            reading.fractiontext = tokens.norm[tokens.starts[at] : tokens.ends[at]]
        if "dayperiod" in found:
            at = first + found["dayperiod"]
            reading.end_at_midnight(tokens.norm[tokens.starts[at] : tokens.ends[at]])
        return reading

    def end_at_midnight(self, word: str) -> None:
        """A day with মধ্যরাত (``word``, the part of the day as written) is রাত ১২টা: the
        midnight that ends it (বৃহস্পতিবার মধ্যরাতে, as বৃহস্পতিবার রাত ১২টায়)."""
        if word in MIDNIGHT_WORDS and self.has(_DAY_NAMING) and self.relmod is None:
            self.period, self.hour, self.oclock = self.dayperiod, 12, "t"
            self.dayperiod = None

    @classmethod
    def from_kinds(
        cls, kinds: str, values: list[Any], found: Mapping[str, int], first: int = 0
    ) -> Fields:
        """:meth:`from_roles` without offsets into the text (no digit counts, no fraction text)."""
        # no __init__: a slot the text did not fill reads the class's default, None (the
        # generated __init__ would write all forty of them for the few a text has)
        reading = _bare(cls)
        slots = reading.__dict__  # written directly: no setattr per role
        for role, index in found.items():
            at = first + index
            value = values[at]
            slots[role] = kinds[at] if value is None else value
        if "this" in found:  # এ মাসে: this month
            reading.relmod = 0
        if "offset" in found:
            reading.offset = offset_steps(kinds, values, first + found["offset"])
        return reading

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> Fields:
        """The slots of a role → value mapping (what the pattern parser fills)."""
        unknown = set(values) - _NAMES
        if unknown:
            msg = f"no such role: {', '.join(sorted(unknown))}"
            raise ValueError(msg)
        return cls(**values)

    def present(self) -> frozenset[str]:
        """The roles the text filled."""
        return frozenset(name for name in _NAMES if getattr(self, name) is not None)

    def has(self, names: Iterable[str]) -> bool:
        """Whether any of the roles ``names`` is filled."""
        return any(getattr(self, name) is not None for name in names)

    def copy(self) -> Fields:
        return replace(self)

    def take(self, other: Fields, names: Iterable[str]) -> None:
        """Fill the roles ``names`` with ``other``'s (a range's end sharing its start's day)."""
        for name in names:
            value = getattr(other, name)
            if value is not None:
                setattr(self, name, value)


_NAMES: Final = frozenset(f.name for f in fields(Fields))
_bare: Final = object.__new__
#: The roles that name a day (the rest are the time and the zone).
DATE_ROLES: Final = frozenset(
    (
        "day", "month", "nmonth", "year", "yeardigits", "era", "weekday", "nth", "relday", "relmod", "this",
        "daycount", "unit", "bday", "bmonth", "byear", "hday", "hmonth", "hyear",
    )
)
_UNIT_OF_KIND: Final = {"m": "minute", "s": "second"}
#: The roles that name a day a মধ্যরাত may end.
_DAY_NAMING: Final = ("day", "weekday", "relday", "bday", "hday")


def offset_steps(kinds: str, values: list[Any], start: int) -> tuple[OffsetStep, ...]:
    """``(quantity, unit, ±1)`` for each step of an offset beginning at token ``start``."""
    steps: list[tuple[Any, str]] = []
    sign = -1
    quantity: Any = None
    for kind, value in zip(kinds[start:], values[start:], strict=True):
        if kind in "dqyNv":
            quantity = value
        elif kind in "msu":
            steps.append((quantity, _UNIT_OF_KIND.get(kind) or value))
        elif kind == "c":  # দুদিন: the count and its unit in one word
            steps.append(value)
        elif kind == "a":
            sign = value
            break
    return tuple((q, unit, sign) for q, unit in steps)
