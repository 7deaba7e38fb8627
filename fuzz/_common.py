"""Shared helpers for the atheris targets in this directory (see README.md).

Each target turns the fuzzer's bytes into arguments, calls one public entry point and
treats as a crash anything but a result or a documented rejection:
``ParseError`` (and its subclasses), ``PatternError``, ``CalendarRangeError`` and
``UnknownTimezoneError`` — all ``ValueError``s.  A bare ``ValueError``, ``IndexError``,
``KeyError``, ``OverflowError``, ``RecursionError`` … escapes and libFuzzer saves the
input as ``crash-*``.
"""

from __future__ import annotations

import os

import atheris

with atheris.instrument_imports():
    import bn_datetime
    import bn_datetime.calendars.bangla_calendar
    import bn_datetime.calendars.hijri
    import bn_datetime.numerals.numwords
    import bn_datetime.reader.pattern
    import bn_datetime.writer.verbalizing
    from bn_datetime.errors import (
        CalendarRangeError,
        ParseError,
        PatternError,
        UnknownTimezoneError,
    )

    try:  # the search module lands with issue 5
        import bn_datetime.search  # noqa: F401
    except ImportError:
        pass

DOCUMENTED = (ParseError, PatternError, CalendarRangeError, UnknownTimezoneError)

# Pieces of Bengali date text: the fuzzer picks them by index, so that a few bytes make
# a plausible dateline and mutations explore the grammar rather than random code points.
PIECES: tuple[str, ...] = (
    *"০১২৩৪৫৬৭৮৯0123456789",
    "১৪", "২০২৪", "০৬", "৪২", "১৪৩১", "১৪৪৬", "৯৯৯৯৯৯৯৯৯৯৯",
    "জানুয়ারি", "জানুয\u09bcারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই",
    "আগস্ট", "সেপ্টেম্বর", "সেপ্টে", "অক্টোবর", "নভেম্বর", "ডিসেম্বর", "জানু",
    "বৈশাখ", "জ্যৈষ্ঠ", "ভাদ্র", "পৌষ", "চৈত্র", "মহররম", "রমজান", "শা'বান",
    "শনিবার", "রবিবার", "শুক্রবার",
    "এএম", "পিএম", "পূর্বাহ্ণ", "অপরাহ্ণ", "AM", "pm",
    "সকাল", "দুপুর", "বিকাল", "সন্ধ্যা", "রাত", "ভোর",
    "টা", "টায়", "মিনিট", "সেকেন্ড", "সাড়ে", "সোয়া", "পৌনে", "দেড়টা", "আড়াইটা",
    "লা", "রা", "ঠা", "ই", "শে", "তম", "ম", "য়",
    "সাল", "সালের", "খ্রিস্টাব্দ", "বঙ্গাব্দ", "হিজরি", "প্রকাশ", "আপডেট",
    "আজ", "গতকাল", "আগামীকাল", "এখন", "পরশু", "আগে", "পরে", "দিন", "সপ্তাহ", "মাস", "বছর",
    "GMT", "BST", "UTC", "+০৬:০০", "+06:00", "T", "Z",
    "এক", "দুই", "নয়", "বার", "শূন্য", "একুশে", "পহেলা", "উনিশশো", "একাত্তর",
    "হাজার", "লাখ", "লক্ষ", "কোটি", "শো", "শত", "দশমিক", "মাইনাস", "দেড়", "আড়াই", "টি", "জন",
    " ", " ", " ", ",", ":", "-", "/", ".", "।", "ঃ", "'", "(", ")", "৳", "%",
    "\u200c", "\u200d", "\u200b", "\u00a0", "\u2013", "\u09bc", "\u09cd", "\u09be", "\u0981",
    "\u09c7", "\u09d7", "\u0301", "\u0300", "\ufeff", "\ud800", "\U0001f600", "\n", "\t",
)


def text(fdp: atheris.FuzzedDataProvider) -> str:
    """Either arbitrary Unicode (surrogates included) or a string of Bengali pieces."""
    if fdp.ConsumeBool():
        return fdp.ConsumeUnicode(fdp.ConsumeIntInRange(0, 200))
    count = fdp.ConsumeIntInRange(0, 24)
    return "".join(PIECES[fdp.ConsumeIntInRange(0, len(PIECES) - 1)] for _ in range(count))


def pick(fdp: atheris.FuzzedDataProvider, options: tuple[str, ...]) -> str:
    return options[fdp.ConsumeIntInRange(0, len(options) - 1)]


STRICT = os.environ.get("FUZZ_STRICT") == "1"


def known_bug(exc: BaseException) -> bool:
    """A bug already reported (and pinned by an ``xfail(strict=True)`` test); the run goes on.

    Set ``FUZZ_STRICT=1`` to stop on these too, e.g. to check that they are fixed.
    """
    if STRICT:
        return False
    message = str(exc)
    return any(isinstance(exc, kind) and text in message for kind, text in KNOWN_BUGS)


# (exception type, message fragment): see tests/test_fuzz_regressions.py for each one.
KNOWN_BUGS: tuple[tuple[type[BaseException], str], ...] = ()  # none open
