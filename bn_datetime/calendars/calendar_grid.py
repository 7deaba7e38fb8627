"""A Bangla (or Hijri) month at a glance: a grid like ``cal``'s, as data, text or HTML.

>>> print(format_month(1431, 1, calendar="bd"))
               বৈশাখ ১৪৩১
          ১৪ এপ্রিল – ১৪ মে ২০২৪
 রবি   সোম  মঙ্গল   বুধ    বৃহঃ   শুক্র   শনি
 ১ 14  ২ 15  ৩ 16  ৪ 17  ৫ 18  ৬ 19  ৭ 20
 ৮ 21  ৯ 22 ১০ 23 ১১ 24 ১২ 25 ১৩ 26 ১৪ 27
১৫ 28 ১৬ 29 ১৭ 30 ১৮  1 ১৯  2 ২০  3 ২১  4
২২  5 ২৩  6 ২৪  7 ২৫  8 ২৬  9 ২৭ 10 ২৮ 11
২৯ 12 ৩০ 13 ৩১ 14

Each cell is the day of the Bangla (or Hijri) month in Bengali digits with the
Gregorian day beside it in ASCII digits, as printed Bangla calendars put the English
date in a corner. Weeks start on Sunday (``firstweekday=6``; 5 is Saturday).
"""

from __future__ import annotations

import html
import unicodedata
from datetime import date, timedelta
from typing import Final, NamedTuple

from bn_datetime import lexicon as lx
from bn_datetime.text.digits import to_bengali_digits

__all__ = ["CALENDAR_NAMES", "GridDay", "MonthGrid", "format_month", "format_month_html", "month_grid"]

# The names ``bn-datetime cal --calendar`` takes, beside those of bangla_calendar.
_ALIASES: Final = {"wb-ss": "wb"}
#: Calendars a grid can show: the Bangla ones of :mod:`bn_datetime.calendars.bangla_calendar`,
#: ``wb-ss`` (West Bengal, Surya Siddhanta: the same as ``wb``) and ``hijri``.
CALENDAR_NAMES: Final = ("bd", "bd-2019", "bd-1987", "wb", "wb-ss", "wb-drik", "hijri")
# Weekend days (Monday = 0): Friday and Saturday in Bangladesh, Sunday in West Bengal.
_WEEKENDS: Final = {"bd": (4, 5), "wb": (6,)}
# The shortest Bengali spelling of each weekday: রবি, সোম, মঙ্গল, বুধ, বৃহঃ, শুক্র, শনি.
_SHORT_WEEKDAYS: Final = tuple(
    min((w for w in words if "\u0980" <= w[0] <= "\u09ff"), key=len) for _, words in lx.WEEKDAYS
)
_DASH: Final = "\u2013"  # EN DASH, as CLDR's intervals
_REVERSE, _RED, _RESET = "\x1b[7m", "\x1b[31m", "\x1b[0m"


class GridDay(NamedTuple):
    """One day of the grid: the day of the month shown, its Gregorian date, a weekend?"""

    day: int
    date: date
    weekend: bool


class MonthGrid(NamedTuple):
    """A month as weeks of seven cells (``None`` before the first and after the last day)."""

    title: str  # বৈশাখ ১৪৩১
    subtitle: str  # ১৪ এপ্রিল – ১৪ মে ২০২৪
    weekdays: tuple[str, ...]  # the column heads, from firstweekday
    weeks: tuple[tuple[GridDay | None, ...], ...]


def _month_span(year: int, month: int, calendar: str) -> tuple[date, int, str]:
    """(Gregorian first day, number of days, title) of a month of ``calendar``."""
    if calendar == "hijri":
        from .hijri import hijri_to_gregorian

        first = hijri_to_gregorian(year, month, 1)
        following = hijri_to_gregorian(*((year, month + 1) if month < 12 else (year + 1, 1)), 1)
        name = lx.HIJRI_MONTHS[month - 1][1][0]
        era = lx.HIJRI_ERAS[0]
        return first, (following - first).days, f"{name} {to_bengali_digits(year)} {era}"
    from .bangla_calendar import bangla_to_gregorian, month_length

    first = bangla_to_gregorian(year, month, 1, calendar=calendar)
    name = lx.BANGLA_MONTHS[month - 1][1][0]
    return first, month_length(year, month, calendar), f"{name} {to_bengali_digits(year)}"


def _span_words(first: date, last: date) -> str:
    """১৪ এপ্রিল – ১৪ মে ২০২৪ (the year once when both ends share it)."""

    def day_month(d: date) -> str:
        return f"{to_bengali_digits(d.day)} {lx.MONTHS[d.month - 1][1][0]}"

    if first.year == last.year:
        return f"{day_month(first)} {_DASH} {day_month(last)} {to_bengali_digits(last.year)}"
    return (
        f"{day_month(first)} {to_bengali_digits(first.year)} {_DASH} "
        f"{day_month(last)} {to_bengali_digits(last.year)}"
    )


def month_grid(year: int, month: int, *, calendar: str = "bd", firstweekday: int = 6) -> MonthGrid:
    """The month ``month`` (1-12) of ``year`` in ``calendar`` as weeks of days.

    Args:
        year: the Bangla (বঙ্গাব্দ) or Hijri year.
        month: 1-12 (বৈশাখ or মহররম = 1).
        calendar: one of :data:`CALENDAR_NAMES`.
        firstweekday: the weekday of the first column, Monday = 0 … Sunday = 6.

    Raises:
        ValueError: an unknown calendar or weekday, or a month outside the
            calendar's range (the message names it).

    >>> grid = month_grid(1431, 1)
    >>> grid.title, grid.weeks[0][0]
    ('বৈশাখ ১৪৩১', GridDay(day=1, date=datetime.date(2024, 4, 14), weekend=False))
    """
    if calendar not in CALENDAR_NAMES:
        msg = f"calendar must be one of {', '.join(CALENDAR_NAMES)}, not {calendar!r}"
        raise ValueError(msg)
    if isinstance(firstweekday, bool) or firstweekday not in range(7):
        msg = f"firstweekday must be 0 (Monday) to 6 (Sunday), not {firstweekday!r}"
        raise ValueError(msg)
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        msg = f"month must be 1-12, not {month!r}"
        raise ValueError(msg)
    name = _ALIASES.get(calendar, calendar)
    first, length, title = _month_span(year, month, name)
    weekend = _WEEKENDS["wb" if name.startswith("wb") else "bd"]
    cells: list[GridDay | None] = [None] * ((first.weekday() - firstweekday) % 7)
    for i in range(length):
        d = first + timedelta(days=i)
        cells.append(GridDay(i + 1, d, d.weekday() in weekend))
    cells += [None] * (-len(cells) % 7)
    weeks = tuple(tuple(cells[i : i + 7]) for i in range(0, len(cells), 7))
    heads = tuple(_SHORT_WEEKDAYS[(firstweekday + i) % 7] for i in range(7))
    subtitle = _span_words(first, first + timedelta(days=length - 1))
    return MonthGrid(title, subtitle, heads, weeks)


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal: combining marks take none."""
    return sum(1 for c in text if not unicodedata.combining(c) and unicodedata.category(c) != "Mn")


def _pad(text: str, width: int, align: str = ">") -> str:
    space = max(0, width - _width(text))
    if align == "^":
        return " " * (space // 2) + text + " " * (space - space // 2)
    return " " * space + text if align == ">" else text + " " * space


_CELL: Final = 5  # "১৪ 27"


def format_month(
    year: int,
    month: int,
    *,
    calendar: str = "bd",
    firstweekday: int = 6,
    today: date | None = None,
    color: bool = False,
) -> str:
    """The month as text, like ``cal``: title, Gregorian span, weekday heads, weeks.

    ``color=True`` marks weekends in red and ``today`` (a Gregorian date) in reverse
    video with ANSI escapes, for a terminal. See :func:`month_grid` for the arguments.
    """
    grid = month_grid(year, month, calendar=calendar, firstweekday=firstweekday)
    total = 7 * _CELL + 6
    lines = [_pad(grid.title, total, "^").rstrip(), _pad(grid.subtitle, total, "^").rstrip()]
    lines.append(" ".join(_pad(head, _CELL, "^") for head in grid.weekdays).rstrip())
    for week in grid.weeks:
        cells = []
        for cell in week:
            if cell is None:
                cells.append(" " * _CELL)
                continue
            text = f"{_pad(to_bengali_digits(cell.day), 2)} {cell.date.day:>2}"
            if color and cell.date == today:
                text = _REVERSE + text + _RESET
            elif color and cell.weekend:
                text = _RED + text + _RESET
            cells.append(text)
        lines.append(" ".join(cells).rstrip())
    return "\n".join(lines)


def format_month_html(
    year: int, month: int, *, calendar: str = "bd", firstweekday: int = 6, today: date | None = None
) -> str:
    """The month as an HTML ``<table>`` (classes ``weekend`` and ``today`` on the cells,
    each Gregorian date in a ``<small>`` and the cell's ``data-date`` in ISO 8601).

    >>> page = format_month_html(1431, 1)
    >>> page.splitlines()[1]
    '<caption>বৈশাখ ১৪৩১<br><small>১৪ এপ্রিল – ১৪ মে ২০২৪</small></caption>'
    >>> '<td data-date="2024-04-14">১ <small>14</small></td>' in page
    True
    """
    grid = month_grid(year, month, calendar=calendar, firstweekday=firstweekday)
    rows = [
        '<table class="bn-month" lang="bn">',
        f"<caption>{html.escape(grid.title)}<br><small>{html.escape(grid.subtitle)}</small></caption>",
        "<thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in grid.weekdays) + "</tr></thead>",
        "<tbody>",
    ]
    for week in grid.weeks:
        cells = []
        for cell in week:
            if cell is None:
                cells.append("<td></td>")
                continue
            classes = [name for name, on in (("weekend", cell.weekend), ("today", cell.date == today)) if on]
            attr = f' class="{" ".join(classes)}"' if classes else ""
            cells.append(
                f'<td{attr} data-date="{cell.date.isoformat()}">'
                f"{to_bengali_digits(cell.day)} <small>{cell.date.day}</small></td>"
            )
        rows.append("<tr>" + "".join(cells) + "</tr>")
    rows += ["</tbody>", "</table>"]
    return "\n".join(rows)
