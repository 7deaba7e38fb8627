"""Gregorian-date and clock vocabulary (see the package docstring for the rules)."""

from __future__ import annotations

from typing import Final, NamedTuple

from ._numbers import DATE_DIGIT_SUFFIXES, FRACTION_PREFIXES

# (month number, (canonical Bengali, CLDR abbreviation, other accepted spellings...))
# The canonical names and abbreviations are CLDR's `bn` (format/wide, format/abbreviated);
# bn_IN's abbreviations (জানু, ফেব, সেপ্টেঃ ...) and spellings seen in print follow.
MONTHS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (1, ("জানুয়ারি", "জানু", "জানুয়ারী", "জানুঃ", "january", "jan")),
    (2, ("ফেব্রুয়ারি", "ফেব", "ফেব্রুয়ারী", "ফেব্রু", "ফেব্রুঃ", "ফেবঃ", "february", "feb")),
    (3, ("মার্চ", "মার্চ", "মার্চঃ", "march", "mar")),
    (4, ("এপ্রিল", "এপ্রি", "এপ্রিলঃ", "april", "apr")),
    (5, ("মে", "মে", "may")),
    (6, ("জুন", "জুন", "june", "jun")),
    (7, ("জুলাই", "জুল", "জুলাইঃ", "july", "jul")),
    (8, ("আগস্ট", "আগ", "আগষ্ট", "অগাস্ট", "অগস্ট", "অগাষ্ট", "আগঃ", "august", "aug")),
    (
        9,
        (
            "সেপ্টেম্বর",
            "সেপ",
            "সেপ্টেম্বার",
            "সেপ্টে",
            "সেপ্টেঃ",
            "সেপ্ট",
            "september",
            "sep",
            "sept",
        ),
    ),
    (10, ("অক্টোবর", "অক্টো", "অক্টোবার", "অক্টবর", "অক্টোঃ", "october", "oct")),
    (11, ("নভেম্বর", "নভে", "নবেম্বর", "নভেম্বার", "নভেঃ", "november", "nov")),
    (12, ("ডিসেম্বর", "ডিসে", "ডিসেম্বার", "ডিসেঃ", "december", "dec")),
)

# (weekday, Monday = 0 as in datetime.weekday(); full name first, then short forms)
WEEKDAYS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (0, ("সোমবার", "সোম", "monday", "mon")),
    (1, ("মঙ্গলবার", "মঙ্গল", "মঙ্গলঃ", "tuesday", "tue", "tues")),
    (2, ("বুধবার", "বুধ", "wednesday", "wed")),
    (
        3,
        (
            "বৃহস্পতিবার",
            "বৃহস্পতি",
            "বৃহঃ",
            "বৃহষ্পতিবার",
            "বিষ্যুদবার",
            "বিষুদবার",
            "thursday",
            "thu",
            "thurs",
        ),
    ),
    (4, ("শুক্রবার", "শুক্র", "friday", "fri")),
    (5, ("শনিবার", "শনি", "saturday", "sat")),
    (6, ("রবিবার", "রবি", "রোববার", "sunday", "sun")),
)


class DayPeriod(NamedTuple):
    """A Bengali day period: the hours ``start`` (inclusive) to ``end`` (exclusive).

    The windows are CLDR's ``bn`` day periods, so formatting agrees with ICU and Babel:
    ভোর 4–6, সকাল 6–12, দুপুর 12–16, বিকাল 16–18, সন্ধ্যা 18–20, রাত 20–4. ``usage``
    is wider: the hours (24-hour, ``[from, to)``, wrapping past midnight) a reader
    accepts with the word — `সকাল ৫টা` and `রাত ৩টা` are fine, `দুপুর ৯টা` and
    `রাত ১৩টা` contradict themselves and are refused.
    """

    name: str
    words: tuple[str, ...]
    start: int
    end: int
    usage: tuple[int, int] = (0, 24)
    #: the period whose 12-hour reading a word of context follows (মাগরিব ৫টা: as সন্ধ্যা)
    like: str = ""


DAY_PERIODS: Final[tuple[DayPeriod, ...]] = (
    DayPeriod("ভোর", ("ভোর", "ভোরে", "প্রত্যুষে", "ভোররাত", "ভোররাতে", "ভোর রাত", "ভোর রাতে"), 4, 6, (3, 7)),
    DayPeriod("সকাল", ("সকাল", "সকালে", "সকালের", "সাতসকাল", "সাতসকালে"), 6, 12, (4, 13)),
    DayPeriod("দুপুর", ("দুপুর", "দুপুরে", "দুপুরের", "মধ্যাহ্ন", "মধ্যাহ্নে"), 12, 16, (11, 17)),
    DayPeriod("বিকাল", ("বিকাল", "বিকেল", "বিকালে", "বিকেলে", "বিকালের", "বিকেলের"), 16, 18, (13, 20)),
    DayPeriod("সন্ধ্যা", ("সন্ধ্যা", "সন্ধ্যায়", "সন্ধ্যার", "সন্ধে", "সন্ধেয়"), 18, 20, (16, 22)),
    DayPeriod(
        "রাত",
        ("রাত", "রাত্রি", "রাতে", "রাতের", "রাত্রে", "মধ্যরাত", "মধ্যরাতে", "মাঝরাত", "মাঝরাতে", "গভীর রাতে"),
        20,
        4,
        (19, 6),
    ),
    # বেলা ("in the day"): বেলা ১১টা is 11:00, বেলা ২টা 14:00; an almanac's দিবা the same
    # (দিবা ১০/১২/৩০). Read only: its window is empty, so the formatter (and the CLDR windows
    # above) never choose it.
    DayPeriod("বেলা", ("বেলা", "দিবা"), 12, 12, (6, 18)),
    # The prayer times and the fast's two meals, as prayer and Ramadan timetables print
    # them with no period word (মাগরিব - ৫টা ৪৩ মিনিট, ইফতার ৬টা ১০ মিনিট). Read only, as
    # বেলা: an empty window, a 12-hour reading like the period named, and the hours each
    # falls in anywhere in Bangladesh and West Bengal through the year.
    DayPeriod("ফজর", ("ফজর", "ফজরের", "ফজরে"), 12, 12, (3, 7), "ভোর"),
    DayPeriod("সেহরি", ("সেহরি", "সেহরির", "সাহরি", "সাহরির"), 12, 12, (2, 6), "ভোর"),
    DayPeriod("সূর্যোদয়", ("সূর্যোদয়", "সূর্যোদয়ের"), 12, 12, (4, 8), "ভোর"),
    DayPeriod("যোহর", ("যোহর", "যোহরের", "জোহর", "জোহরের", "যুহর", "যুহরের", "জুহর"), 12, 12, (11, 15), "দুপুর"),
    DayPeriod("আসর", ("আসর", "আসরের"), 12, 12, (14, 18), "বিকাল"),
    DayPeriod("মাগরিব", ("মাগরিব", "মাগরিবের"), 12, 12, (16, 20), "সন্ধ্যা"),
    DayPeriod("ইফতার", ("ইফতার", "ইফতারের", "ইফতারি"), 12, 12, (16, 20), "সন্ধ্যা"),
    DayPeriod("সূর্যাস্ত", ("সূর্যাস্ত", "সূর্যাস্তের"), 12, 12, (16, 20), "সন্ধ্যা"),
    DayPeriod("এশা", ("এশা", "এশার", "ইশা", "ইশার"), 12, 12, (18, 24), "রাত"),
)

# AM/PM words: (0 for a.m., 1 for p.m.; the first three of each are the three
# vocabularies the formatter offers: এএম/পিএম, পূর্বাহ্ণ/অপরাহ্ণ, AM/PM).
AMPM: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    # the last two: the word cut off before its ণ, as some mastheads print it
    (0, ("এএম", "পূর্বাহ্ণ", "am", "পূর্বাহ্ন", "পূর্বাহ্নে", "পূর্বাহ্ণে", "পূর্বাহ্")),
    (1, ("পিএম", "অপরাহ্ণ", "pm", "অপরাহ্ন", "অপরাহ্ণে", "অপরাহ্নে", "অপরাহ্")),
)

# Hour suffixes: "৯টা", "৯টায়" (at nine), "৯টার" (of nine); West Bengal's টো, টোয় (দুটোয়).
OCLOCK_SUFFIXES: Final[tuple[str, ...]] = ("টা", "টায়", "টার", "টে", "টেয়", "টো", "টোর", "টোয়")
# দুপুর ১ ঘটিকায় (notices): an o'clock word of its own, after a space; বেজে ("struck"),
# after the hour and before its minutes: সকাল ৮টা বেজে ১০ মিনিটে is ten past eight.
OCLOCK_WORDS: Final[tuple[str, ...]] = ("ঘটিকা", "ঘটিকায়", "ঘটিকার", "বেজে")
# বৃহস্পতিবার দিবাগত রাত ২টায়: the night after that day (its small hours are the next day's).
AFTER_DAY_WORDS: Final[tuple[str, ...]] = ("দিবাগত", "দিনগত")
MINUTE_WORDS: Final[tuple[str, ...]] = ("মিনিট", "মিনিটে", "মিনিটের", "মিঃ", "মি", "minute", "minutes", "min", "mins")
SECOND_WORDS: Final[tuple[str, ...]] = ("সেকেন্ড", "সেকেন্ডে", "সেকেন্ডের", "second", "seconds", "sec", "secs")

# সাড়ে (+½), সোয়া/সওয়া (+¼), পৌনে (−¼) before an hour: the minutes they add, from the
# number words' own fraction table.
FRACTION_WORDS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = tuple(
    (round(float(value) * 60), words) for value, words in FRACTION_PREFIXES
)
# Whole clock times in one word: দেড়টা = 1:30, আড়াইটা = 2:30 (minutes past midnight/noon).
HOUR_FRACTION_WORDS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (90, ("দেড়টা", "দেড়টায়", "দেড়টার", "দেড়টে", "দেড়টেয়")),  # West Bengal's টে, টেয় too
    (150, ("আড়াইটা", "আড়াইটায়", "আড়াইটার", "আড়াইটে", "আড়াইটেয়")),
)

# Date ordinal suffixes after a day number: ১লা ২রা ৩রা ৪ঠা ৫ই ... ১৮ই ১৯শে ... ৩১শে (from
# the number words' table), and English 1st 2nd 3rd 28th.
ORDINAL_SUFFIXES: Final[tuple[str, ...]] = (
    *(suffix for _, _, suffix in DATE_DIGIT_SUFFIXES),
    "th",
    "st",
    "nd",
    "rd",
)

# Words that say a date is meant (তারিখ, তারিখটা, তারিখে): a word beginning with one, just
# before a dotted date with a short year (তারিখ: ২.৩.২৩), makes it a date in running text,
# where ১.২.৩০ is otherwise a section or version number.
DATE_NOUNS: Final[tuple[str, ...]] = ("তারিখ", "date")

# Byline labels stripped before a date: "প্রকাশ : ...", "সর্বশেষ আপডেট: ...".
LABELS: Final[tuple[str, ...]] = (
    "প্রকাশ",
    "প্রকাশিত",
    "প্রকাশের",
    "আপডেট",
    "আপডেটঃ",
    "সর্বশেষ",
    "শেষ আপডেট",
    "শেষ আপডেটঃ",
    "শেষ হালনাগাদ",
    "হালনাগাদ",
    "তারিখ",
    "তারিখঃ",
    "তারিখে",
    "তারিখের",
    "প্রকাশের সময়",
    "সময়",  # তারিখ: ১২/০৯/২০২৪, সময়: সকাল ১০টা
    "আপলোড",
    "posted",
    "published",
    "updated",
    "date",
)

GREGORIAN_ERAS: Final[tuple[str, ...]] = (
    "খ্রিস্টাব্দ",
    "খ্রিষ্টাব্দ",
    "খৃষ্টাব্দ",
    "খ্রীষ্টাব্দ",
    "খ্রিস্টাব্দে",
    "খ্রিষ্টাব্দে",
    "খ্রিঃ",
    "খ্রি",
    "খৃঃ",
    "ইং",
    "ইংরেজি",
    "ইংরেজী",
    "ad",
    "ce",
)
# "২০২৪ সাল", "২০২৪ সালের ১৪ সেপ্টেম্বর"
YEAR_WORDS: Final[tuple[str, ...]] = ("সাল", "সালের", "সালে", "সন")

# Zone words and phrases: (zone, spellings...). A zone in the text wins over ``tz=``.
# "জিএমটি"/"GMT" before a numeric offset is just its prefix ("GMT +৬").
ZONE_WORDS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("UTC", ("জিএমটি", "gmt", "utc", "ইউটিসি", "z")),
    ("Asia/Dhaka", ("বাংলাদেশ সময়", "বাংলাদেশ সময়ে", "ঢাকা সময়", "বিএসটি")),
    # CLDR's names also say standard or summer time, which settles a repeated hour.
    ("Asia/Dhaka standard", ("বাংলাদেশ মানক সময়",)),
    ("Asia/Dhaka summer", ("বাংলাদেশ গ্রীষ্মকালীন সময়",)),
    ("Asia/Kolkata", ("ভারতীয় সময়", "আইএসটি", "ist")),
    ("Asia/Kolkata standard", ("ভারতীয় মানক সময়",)),
)

# Connectors that carry no value: ICU's "২০২৪ এ ৬:৪২", "at".
FILLERS: Final[tuple[str, ...]] = ("এ", "at", "এর", "র")  # র: the genitive after a hyphen (৮০-র দশকে)

# Days relative to ``now``: (offset in days, words). এখন/এইমাত্র are "now" itself (-0 marks that).
# অদ্য is a notice's "today" (অদ্য ১০/০৯/২০২৫ তারিখ); আগামী কাল is আগামীকাল in two words.
# Their inflections (আজকের, গতকালের, আগামীকালের) are read too (see _lexer).
RELATIVE_DAYS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (0, ("আজ", "আজকে", "today", "অদ্য")),
    (-1, ("গতকাল", "yesterday")),
    (1, ("আগামীকাল", "tomorrow", "আগামী কাল")),
)
NOW_WORDS: Final[tuple[str, ...]] = ("এখন", "এইমাত্র", "now")

# গত / আগামী / এই before a weekday, a month, a unit or পরশু: -1 last, +1 next, 0 this.
RELATIVE_MODIFIERS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (-1, ("গত", "বিগত", "last")),
    (1, ("আগামী", "আসছে", "আসন্ন", "পরবর্তী", "টানা", "next")),  # টানা ৫ দিন: five days in a row
    (0, ("এই", "চলতি", "this")),
)
# পরশু and তরশু say how many days but not which way: they need গত or আগামী.
RELATIVE_DAY_COUNTS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (2, ("পরশু",)),
    (3, ("তরশু",)),
)
# Units of offsets and periods (seconds and minutes are SECOND_WORDS and MINUTE_WORDS).
UNITS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("hour", ("ঘণ্টা", "ঘন্টা", "ঘণ্টার", "ঘন্টার", "ঘণ্টায়", "ঘন্টায়", "hour", "hours")),
    ("day", ("দিন", "দিনের", "দিনে", "day", "days")),
    ("week", ("সপ্তাহ", "সপ্তাহের", "সপ্তাহে", "week", "weeks")),
    ("month", ("মাস", "মাসের", "মাসে", "month", "months")),
    ("year", ("বছর", "বছরের", "বছরে", "year", "years")),
)
# After an offset: -1 before now (আগে), +1 after now (পরে).
DIRECTIONS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (-1, ("আগে", "পূর্বে", "ago")),
    (1, ("পরে", "পর", "later")),
)
# Places that open a dateline ("ঢাকা ১৬ অক্টোবর"): read like a label.
DATELINE_PLACES: Final[tuple[str, ...]] = (
    "ঢাকা",
    "চট্টগ্রাম",
    "খুলনা",
    "রাজশাহী",
    "সিলেট",
    "বরিশাল",
    "রংপুর",
    "ময়মনসিংহ",
    "কুমিল্লা",
    "গাজীপুর",
    "নারায়ণগঞ্জ",
    "কলকাতা",
    "নয়াদিল্লি",
    "নিউইয়র্ক",
    "লন্ডন",
)
