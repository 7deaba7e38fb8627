"""``bn-datetime cal``: a Bangla (or Hijri) month at a glance, like ``cal``.

``bn-datetime cal [--calendar bd|wb-ss|wb-drik|hijri] [MONTH YEAR]``: with no month,
the month holding today (in ``--tz``, Asia/Dhaka by default; ``--today`` sets it);
``--html`` writes a table instead. Weekends and today are marked only when stdout is a
terminal (``--color always|never`` overrides that).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date, datetime

__all__ = ["run"]


def run(argv: Sequence[str]) -> int:
    """Run the ``cal`` subcommand; returns the exit status."""
    from .calendars.calendar_grid import CALENDAR_NAMES, format_month, format_month_html
    from .cli_parser import ArgumentParser
    from .text.digits import to_ascii_digits

    parser = ArgumentParser(
        prog="bn-datetime cal",
        description="A Bangla (or Hijri) month as a grid: each day in Bengali digits with "
        "the Gregorian day beside it.",
        epilog="example: bn-datetime cal --calendar bd 1 1431   (বৈশাখ ১৪৩১)",
    )
    parser.add_argument("month", nargs="?", help="month number, 1-12 (বৈশাখ or মহররম = 1)")
    parser.add_argument("year", nargs="?", help="Bangla (বঙ্গাব্দ) or Hijri year")
    parser.add_argument("--calendar", default="bd", choices=CALENDAR_NAMES)
    parser.add_argument("--tz", default="Asia/Dhaka", help="zone of 'today' (default Asia/Dhaka)")
    parser.add_argument("--today", help="ISO 8601 date to take as today (default: the clock)")
    parser.add_argument("--firstweekday", type=int, default=6, help="0 Monday … 6 Sunday (default)")
    parser.add_argument("--html", action="store_true", help="an HTML table")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    opts = parser.parse_args(argv)
    today = _today(parser, opts.today, opts.tz)
    if (opts.month is None) != (opts.year is None):
        parser.error("give MONTH and YEAR together, or neither")
    try:
        if opts.month is None:
            year, month = _current(today, opts.calendar)
        else:
            month, year = int(to_ascii_digits(opts.month)), int(to_ascii_digits(opts.year))
        if opts.html:
            text = format_month_html(
                year, month, calendar=opts.calendar, firstweekday=opts.firstweekday, today=today
            )
        else:
            color = opts.color == "always" or (opts.color == "auto" and sys.stdout.isatty())
            text = format_month(
                year, month, calendar=opts.calendar, firstweekday=opts.firstweekday,
                today=today, color=color,
            )
    except ValueError as exc:  # a bad number, month or year out of the calendar's range
        parser.error(str(exc))
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    sys.stdout.write(text + "\n")
    return 0


def _today(parser: argparse.ArgumentParser, text: str | None, zone: str) -> date:
    from .text.digits import to_ascii_digits
    from .tz import get_tz

    if text:
        try:
            return date.fromisoformat(to_ascii_digits(text))
        except ValueError:
            parser.error(f"--today: not an ISO 8601 date: {text!r}")
    try:
        return datetime.now(get_tz(zone)).date()
    except ValueError as exc:
        parser.error(str(exc))


def _current(today: date, calendar: str) -> tuple[int, int]:
    """(year, month) of ``calendar`` that holds ``today``."""
    if calendar == "hijri":
        from .calendars.hijri import gregorian_to_hijri

        h = gregorian_to_hijri(today)
        return h.year, h.month
    from .calendars.bangla_calendar import gregorian_to_bangla

    b = gregorian_to_bangla(today, calendar="wb" if calendar == "wb-ss" else calendar)
    return b.year, b.month
