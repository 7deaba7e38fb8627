"""Tokenizer: normalised text → tokens with a one-character kind each.

One master regular expression splits the text into numbers, words, phrases from the
lexicon, spaces and single characters; each piece is then classified by a dictionary
lookup built once from :mod:`bn_datetime.lexicon`. The kinds of the tokens that carry
meaning, joined into a short string (``"dMy,d:dA"`` for the seed line), are what the
grammar in :mod:`bn_datetime.reader.grammar` matches.

Token kinds:

====  ==========================================  =====================================
kind  what                                         value
====  ==========================================  =====================================
d     number of 1–2 digits (any digit script)      int
q     number of 3 digits                           int
y     number of 4 digits                           int
N     number of 5–9 digits                         int
X     number of 10 or more digits                  None (never converted)
M     Gregorian month name                         1–12
G     Bangla (বঙ্গাব্দ) month name                    1–12
J     Hijri month name                             1–12
W     weekday                                      0–6, Monday = 0
A     AM/PM word                                   0 a.m., 1 p.m.
P     day period (সকাল, রাত …)                     index into ``DAY_PERIODS``
t     o'clock suffix (টা, টায়)                     None
F     clock fraction (সাড়ে, সোয়া, পৌনে)              minutes to add
h     clock word (দেড়টা, আড়াইটা)                   minutes past 12
m, s  minute / second word                         None
o     date ordinal suffix (লা, রা, ঠা, ই, শে, th)   the suffix
E K Q era word: Gregorian, Bangla, Hijri           None
S     year word (সাল, সালের)                        None
L     label (প্রকাশ, আপডেট …)                       None
Z     zone word or phrase                          IANA zone name
R     relative day (আজ, গতকাল, আগামীকাল)           day offset
n     now (এখন, এইমাত্র)                            None
g     গত / আগামী / এই / চলতি                          -1, +1, 0
r     পরশু / তরশু (need গত or আগামী)                   2, 3 days
u     unit: ঘণ্টা দিন সপ্তাহ মাস বছর (and inflections)   "hour" … "year"
a     direction: আগে (ago), পরে / পর (later)           -1, +1
v     quantity word: আধা ½, দেড় 1½, আড়াই 2½            float
x     connector (ICU's "এ", "at"); প্রায়, about    None; "approx" for প্রায়/about
f     range start: থেকে, হতে                         None
p     range end: পর্যন্ত                             None
&     conjunction: ও, এবং                           None
e     every: প্রতি; প্রতিদিন, প্রতিবছর …             None; the unit
H     weekly day off: সাপ্তাহিক ছুটি                  None
C     except: ছাড়া, ব্যতীত                          None
O     ordinal word: প্রথম … পঞ্চম, শেষ               1 … 5, -1
D     span marker: ধরে, ব্যাপী, যাবৎ, জুড়ে (দিনব্যাপী: u D)  None
V     length modifier: বেশি, কম, মধ্যে, খানেক         "more_than", "less_than", "at_most", "approx"
k     unit of about one: ঘণ্টাখানেক                   the unit
i     repetition after a length: অন্তর, পরপর, পর পর   None
B     times: বার (দুই বার); glued, দুইবার            None; the count glued
c     a count glued to its unit: একদিন, দুমাস         (count, unit)
Y     fiscal year: অর্থবছর, আর্থিক বছর               None
b     decade: দশক (and its inflections)              None
l     about so many: দশেক, দুয়েক (বছর দশেক)             the count
z     after the day: দিবাগত, দিনগত                    None
T     the ISO 8601 "T"                             None
: , | - / . +   punctuation (। is ``|``, ঃ alone is ``:``)
U     anything else                                None
====  ==========================================  =====================================

Spaces, brackets and quotes separate tokens but are left out of the kind string.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache
from typing import Any, Final, NamedTuple

from bn_datetime import lexicon as lx
from bn_datetime.errors import ParseError
from bn_datetime.lexicon._numbers import CARDINALS, DATE_ORDINAL_WORDS
from bn_datetime.text.normalize import normalize, normalize_with_map

__all__ = ["BREAK", "Scan", "Token", "Tokens", "alternation", "scan", "spellings", "tokenize"]

BENGALI_LETTERS: Final = "\u0980-\u09e5\u09f0-\u09ff"
DIGITS: Final = "0-9\u09e6-\u09ef"
_DIGIT_CHARS: Final = frozenset("0123456789০১২৩৪৫৬৭৮৯")
_SPACE_CHARS: Final = frozenset(" \t\n\r")
IGNORED: Final = frozenset("()[]{}\"'\u201c\u201d\u2018\u2019\u00ab\u00bb`")
PUNCTUATION: Final[dict[str, str]] = {
    ":": ":",
    "ঃ": ":",
    ",": ",",
    "،": ",",
    ";": ",",
    "|": "|",
    "।": "|",
    "॥": "|",
    "-": "-",
    "~": "-",
    "/": "/",
    "\\": "/",
    ".": ".",
    "+": "+",
}
# Inflections a month, weekday or relative day may carry: সেপ্টেম্বরে, জুনের, শনিবারের,
# গতকালের, আগামীকালের — but not today's: আজকের is as often "present-day" (আজকের দিনে,
# the newspaper আজকের পত্রিকা), and আজ is too short (আজে, আজর are other words).
_INFLECTIONS: Final = ("ের", "এর", "র", "ে", "এ", "য়", "তে", "য়ে", "য়ের")
_INFLECTABLE: Final = frozenset("MGJWR")
# "মাসেরও বেশি": a unit may carry the emphatic ও ("even", "also").
EMPHATIC: Final = "ও"
_SKIP: Final[tuple[str, object]] = ("", None)  # a bracket or quote: no token


class Token(NamedTuple):
    """One token: its kind (see the module docstring), text, value and span.

    ``start`` and ``end`` are offsets into the text exactly as given to
    :func:`tokenize`, before normalisation.
    """

    kind: str
    text: str
    value: object
    start: int
    end: int


def spellings(rows: tuple[tuple[int, tuple[str, ...]], ...]) -> dict[str, int]:
    """Every spelling of a lexicon table, normalised and lower-cased, with its value.

    >>> spellings(((1, ("জানুয়ারি", "Jan")),))
    {'জানুয়ারি': 1, 'jan': 1}
    """
    table: dict[str, int] = {}
    for value, words in rows:
        for word in words:
            table.setdefault(normalize(word).lower(), value)
    return table


def alternation(words: dict[str, int]) -> str:
    """A regular expression for any of ``words``, longest first (so none hides another)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _build_words() -> dict[str, tuple[str, object]]:
    words: dict[str, tuple[str, object]] = {}

    def add(kind: str, value: object, spellings: tuple[str, ...]) -> None:
        for word in spellings:
            key = normalize(word).replace(".", "").lower()
            words.setdefault(key, (kind, value))

    for month, names in lx.MONTHS:
        add("M", month, names)
    for month, names in lx.BANGLA_MONTHS:
        add("G", month, names)
    for month, names in lx.HIJRI_MONTHS:
        add("J", month, names)
    for day, names in lx.WEEKDAYS:
        add("W", day, names)
    for value, names in lx.AMPM:
        add("A", value, names)
    for index, period in enumerate(lx.DAY_PERIODS):
        add("P", index, period.words)
    for minutes, names in lx.FRACTION_WORDS:
        add("F", minutes, names)
    for minutes, names in lx.HOUR_FRACTION_WORDS:
        add("h", minutes, names)
    for offset, names in lx.RELATIVE_DAYS:
        add("R", offset, names)
    for zone, names in lx.ZONE_WORDS:
        add("Z", zone, names)
    add("t", None, lx.OCLOCK_SUFFIXES)
    add("t", None, lx.OCLOCK_WORDS)
    add("z", None, lx.AFTER_DAY_WORDS)
    add("m", None, lx.MINUTE_WORDS)
    add("s", None, lx.SECOND_WORDS)
    for suffix in lx.ORDINAL_SUFFIXES:
        add("o", suffix, (suffix,))
    add("E", None, lx.GREGORIAN_ERAS)
    add("K", None, lx.BANGLA_ERAS)
    add("Q", None, lx.HIJRI_ERAS)
    add("S", None, lx.YEAR_WORDS)
    add("L", None, lx.LABELS)
    add("n", None, lx.NOW_WORDS)
    add("x", None, lx.FILLERS)
    add("T", None, ("t",))
    for offset, names in lx.RELATIVE_MODIFIERS:
        add("g", offset, names)
    for count, names in lx.RELATIVE_DAY_COUNTS:
        add("r", count, names)
    for unit, names in lx.UNITS:
        add("u", unit, names)
    for sign, names in lx.DIRECTIONS:
        add("a", sign, names)
    for quantity, names in (*lx.FRACTION_NUMBERS, *lx.FRACTION_QUANTITIES):
        add("v", float(quantity), names)  # ½, 1½, 2½, ¼: exact in binary
    add("L", None, lx.DATELINE_PLACES)
    # spans: ranges, enumerations, durations, recurrences (bn_datetime.reader.spans)
    add("f", None, lx.RANGE_FROM)
    add("p", None, lx.RANGE_UNTIL)
    add("&", None, lx.CONJUNCTIONS)
    add("e", None, lx.EVERY)
    for unit, names in lx.EVERY_UNIT:
        add("e", unit, names)
    add("H", None, lx.WEEKLY_OFF)
    add("C", None, lx.EXCEPT)
    for ordinal, names in lx.WEEKDAY_ORDINALS:
        add("O", ordinal, names)
    add("D", None, lx.SPAN_MARKERS)
    for mod, names in lx.DURATION_MODIFIERS:
        add("V", mod, names)
    add("x", "approx", lx.APPROX_WORDS)
    for unit, names in lx.APPROX_UNITS:
        add("k", unit, names)
    add("Y", None, lx.FISCAL_YEAR_WORDS)
    add("b", None, lx.DECADE_WORDS)
    for count, names in lx.APPROX_COUNTS:
        add("l", count, names)
    add("i", None, lx.REPEAT_WORDS)
    add("B", None, lx.TIMES_WORDS)
    return words


_LEXICON_WORDS: Final = _build_words()


def _inflected(words: dict[str, tuple[str, object]]) -> dict[str, tuple[str, object]]:
    """Inflected forms of month and weekday names (সেপ্টেম্বরে, জুনের, শনিবারের)."""
    forms: dict[str, tuple[str, object]] = {}
    for word, meaning in words.items():
        if (
            meaning[0] in _INFLECTABLE
            and meaning != ("R", 0)
            and not word.isascii()
            and " " not in word
            and len(word) > 2
        ):
            for ending in _INFLECTIONS:
                forms.setdefault(word + ending, meaning)
        elif meaning[0] == "u" and not word.isascii():
            forms.setdefault(word + EMPHATIC, meaning)
    return forms


# Number words of one word that a short cardinal spelling would make too risky: ন, ছ, দু
# (letters, prefixes), বার ("times": তিন বার).
_NOT_NUMBERS: Final = frozenset(("বার",))


def _number_words() -> dict[str, tuple[str, object]]:
    """One-word cardinals 0–99 (চার, ছয়, বারো) as numbers: চার বছর, ছয় ঘণ্টা ধরে."""
    words: dict[str, tuple[str, object]] = {}
    for value, names in (*CARDINALS, *DATE_ORDINAL_WORDS):  # … and পহেলা, একুশে (a day)
        for name in names:
            key = normalize(name)
            if len(key) >= 2 and key not in _NOT_NUMBERS and key not in _LEXICON_WORDS:
                words.setdefault(key, ("d", value))  # 0-99: one or two digits
    return words


def _clock_words(numbers: dict[str, tuple[str, object]]) -> dict[str, tuple[int, int]]:
    """An hour in words with its o'clock suffix (নয়টায়, বারোটা): ``{word: (hour, stem length)}``.

    The one-letter short forms (ছ, ন), too short to stand as numbers alone, count here
    with a suffix: West Bengal's ছটায়, নটা (written ছ'টায়, ন'টা: normalisation drops
    the apostrophe before the suffix).
    """
    forms: dict[str, tuple[int, int]] = {}
    suffixes = [normalize(s) for s in lx.OCLOCK_SUFFIXES]
    short = {normalize(n): v for v, names in CARDINALS for n in names if len(normalize(n)) == 1}
    stems = {word: value for word, (_, value) in numbers.items()} | short
    for word, value in stems.items():
        if isinstance(value, int) and 1 <= value <= 12:
            for suffix in suffixes:
                forms.setdefault(word + suffix, (value, len(word)))
    return forms


def _glued_counts() -> dict[str, tuple[str, object]]:
    """A cardinal glued to বার or to a unit: দুইবার (``B`` 2), একদিন (``c`` (1, "day")).

    Only the span grammar reads them, after a period word or before অন্তর/পরপর (মাসে
    দুইবার, একদিন পরপর); alone (একদিন: "one day", "some day") they are no length. বার (12)
    glues to no count: বারবার is "again and again".
    """
    forms: dict[str, tuple[str, object]] = {}
    put = forms.setdefault
    # each ending and unit spelling normalised once, not once for every cardinal
    endings = [normalize(ending) for ending in lx.TIMES_WORDS]
    units = [(unit, normalize(s)) for unit, spellings in lx.UNITS for s in spellings if not s.isascii()]
    for value, names in CARDINALS:
        for name in names:
            stem = normalize(name)
            if stem in _NOT_NUMBERS:
                continue
            times = ("B", value)
            for ending in endings:
                put(stem + ending, times)
            for unit, spelling in units:
                put(stem + spelling, ("c", (value, unit)))
    return forms


_Pieces = tuple[tuple[str, object, int], ...]


def _glued_spans() -> dict[str, _Pieces]:
    """A unit glued to its span marker, a number perhaps glued before it: ``{word: pieces}``.

    দিনব্যাপী is ``u`` ``D``, তিনদিনব্যাপী ``d`` ``u`` ``D`` (each ``(kind, value, length)``),
    so that তিন দিনব্যাপী reads as তিন দিন ব্যাপী does (P3D). A unit with its marker and no
    number (মাসব্যাপী) is no length, as মাস ধরে is none.

    >>> _glued_spans()["দুদিনব্যাপী"]
    (('d', 2, 2), ('u', 'day', 3), ('D', None, 6))
    """
    markers = [normalize(m) for m in lx.GLUED_SPAN_MARKERS]
    units = [(unit, normalize(s)) for unit, spellings in lx.UNITS for s in spellings if not s.isascii()]
    stems = [(stem, ("d", value, len(stem))) for value, names in CARDINALS for stem in map(normalize, names)]
    stems = [(stem, number) for stem, number in stems if stem not in _NOT_NUMBERS]
    forms: dict[str, _Pieces] = {}
    put = forms.setdefault
    for unit, spelling in units:
        for marker in markers:
            glued = spelling + marker
            length, span = ("u", unit, len(spelling)), ("D", None, len(marker))
            put(glued, (length, span))
            for stem, number in stems:
                put(stem + glued, (number, length, span))
    return forms


def _genitive_years(taken: Container[str]) -> dict[str, _Pieces]:
    """A two-digit number in words with the genitive glued on (একাত্তরের, চব্বিশের, বাহান্নর,
    নব্বইয়ের): the number and ``x`` (এর), so that একাত্তরের ২৫ মার্চ reads as ৭১-এর ২৫ মার্চ does.
    Forms ``taken`` by another word are left to it.

    >>> _genitive_years(())["একাত্তরের"]
    (('d', 71, 7), ('x', None, 2))
    """
    forms: dict[str, _Pieces] = {}
    endings = [normalize(e) for e in lx.GENITIVE_ENDINGS]
    for value, names in CARDINALS:
        if not 10 <= value <= 99:
            continue
        for name in names:
            stem = normalize(name)
            if stem in _NOT_NUMBERS:
                continue
            for ending in endings:
                word = stem + ending
                if word not in taken:
                    forms.setdefault(word, (("d", value, len(stem)), ("x", None, len(ending))))
    return forms


def _split_spans() -> dict[str, _Pieces]:
    """The glued spans and genitive years but the forms that are hour words (নয়টায়)."""
    forms = _glued_spans()
    forms.update(_genitive_years(_LEXICON_WORDS.keys() | _NUMBER_WORDS.keys()))
    for word in forms.keys() & CLOCK_WORDS.keys():
        del forms[word]
    return forms


_NUMBER_WORDS: Final = _number_words()
#: Hours in words with টা/টায়/টে glued on: two tokens, a number and ``t``.
CLOCK_WORDS: Final = _clock_words(_NUMBER_WORDS)
#: One word that is several tokens: a length glued to its span marker (দিনব্যাপী,
#: তিনদিনব্যাপী), a two-digit number glued to its genitive (একাত্তরের: a year before its date).
GLUED_SPANS: Final = _split_spans()
#: The one-word pieces that are several tokens (:func:`_lookup` splits them): what the
#: compiled scanner hands to :func:`_lookup` besides dotted, spaced and Latin pieces.
SPLIT_WORDS: Final[dict[str, None]] = dict.fromkeys((*CLOCK_WORDS, *GLUED_SPANS))

#: Words exactly as the lexicon spells them (no inflections), lower-cased.
BASE_WORDS: Final = frozenset(_LEXICON_WORDS)
# Every piece the scanner may meet, looked up once: words and their inflected forms,
# punctuation, ignorables. A lexicon word wins over an inflected form that spells it.
WORDS: Final[dict[str, tuple[str, object]]] = {
    **_glued_counts(),
    **_NUMBER_WORDS,
    **_inflected(_LEXICON_WORDS),
    **_LEXICON_WORDS,
    **{char: (kind, None) for char, kind in PUNCTUATION.items()},
    **dict.fromkeys(IGNORED, _SKIP),
}


def _phrases(words: dict[str, tuple[str, object]]) -> list[list[str]]:
    """Lexicon entries that are more than one word, longest first, in their pieces."""
    one_word = re.compile(f"[{BENGALI_LETTERS}a-z]+").fullmatch
    phrases = sorted((w for w in words if not one_word(w)), key=len)
    return [re.split(r"[ \-]", phrase) for phrase in reversed(phrases)]


_GAP: Final = "[ \\-]+"  # between the pieces of a phrase: spaces loosened


def _phrase_pattern(phrases: list[list[str]]) -> str:
    """The phrases as one alternation, in order, spaces loosened."""
    return "|".join(_GAP.join(re.escape(p) for p in pieces) for pieces in phrases)


def _phrase_pattern_by_head(phrases: list[list[str]]) -> str:
    """The same alternation grouped by first character: the same match, tried faster.

    Python's engine tries an alternation's branches in turn; grouped, a piece's first
    character rules out every other group at once. Within a group the order is kept, and
    a branch of another first character never matches, so the first branch that does
    (with what follows) is the one the flat alternation takes.

    >>> _phrase_pattern_by_head([["ab", "c"], ["x"], ["a.m."]])
    'a(?:b[ \\\\-]+c|\\\\.m\\\\.)|x(?:)'
    """
    groups: dict[str, list[str]] = {}
    for pieces in phrases:
        rest = [re.escape(pieces[0][1:]), *(re.escape(p) for p in pieces[1:])]
        groups.setdefault(pieces[0][0], []).append(_GAP.join(rest))
    return "|".join(f"{re.escape(head)}(?:{'|'.join(alts)})" for head, alts in groups.items())


def _split_source(phrases: str) -> str:
    """The split expression around a phrase alternation."""
    return (
        f"[{DIGITS}]+"
        f"|(?:{phrases})(?![{BENGALI_LETTERS}])"
        f"|[{BENGALI_LETTERS}]+(?:\\.[{BENGALI_LETTERS}]+)*\\.?"
        f"|[A-Za-z]+(?:\\.[A-Za-z]+)*\\.?"
        f"|[ \t\n\r]+"
        f"|."
    )


_PHRASES: Final = _phrases(_LEXICON_WORDS)
#: One token: a number, a phrase, a word (Bengali or Latin), spaces, or one character.
#: The compiled scanner implements this expression (:mod:`bn_datetime._core` reads its
#: phrases from it); the pure one matches :data:`_FAST_SOURCE`, the same expression with
#: its phrases grouped by first character.
SPLIT_SOURCE: Final = _split_source(_phrase_pattern(_PHRASES))
_FAST_SOURCE: Final = _split_source(_phrase_pattern_by_head(_PHRASES))
# A plain word: Bengali letters (not the visarga ঃ, a colon when glued on), no phrase
# starting there, no dot or ঃ after it — the whole piece the split expression takes there.
# A run of plain words, one space or more between them, is the pure scanner's fast path:
# if none of them is in WORDS or SPLIT_WORDS (one set operation), each is a "U" (in runs
# mode, one), with no Python step per word. The gaps hold no line break, so the ¶ of runs
# mode still comes between two matches.
_PLAIN_LETTERS: Final = "\u0980-\u0982\u0984-\u09e5\u09f0-\u09ff"
_PLAIN: Final = (
    f"(?!(?:{_phrase_pattern_by_head(_PHRASES)})(?![{BENGALI_LETTERS}]))"
    f"[{_PLAIN_LETTERS}]++(?![.ঃ])"
)
_RUN_SOURCE: Final = f"{_PLAIN}(?: ++{_PLAIN})*+"
_PHRASE_SPACE: Final = re.compile(r"[ \-]+")


def _number_kind(length: int) -> str:
    if length <= 2:
        return "d"
    if length == 3:
        return "q"
    if length == 4:
        return "y"
    return "N" if length <= 9 else "X"


def _classify_word(piece: str) -> tuple[str, object]:
    """A word not found as it stands: without dots, in lower case, spaced as listed."""
    if not ("." in piece or " " in piece or "-" in piece or (piece.isascii() and not piece.islower())):
        return "U", None
    key = piece.replace(".", "")
    if key.isascii():
        key = key.lower()
    found = WORDS.get(key) or WORDS.get(_PHRASE_SPACE.sub(" ", key))
    return found if found is not None else ("U", None)


class Tokens(NamedTuple):
    """The meaningful tokens of a normalised text, as parallel sequences.

    ``kinds[i]`` is the kind of token ``i``; ``starts``/``ends`` are offsets into
    ``norm``, the normalised text.
    """

    norm: str
    kinds: str
    values: list[Any]  # per kind: see the table above
    starts: list[int]
    ends: list[int]

    def text(self, index: int) -> str:
        """The text of token ``index``."""
        return self.norm[self.starts[index] : self.ends[index]]

    def in_digits(self, index: int) -> bool:
        """Whether token ``index`` is written in digits (a number in words, পহেলা or চব্বিশ,
        is not).

        >>> tokens = scan("১৫ সেপ্টেম্বর চব্বিশ")
        >>> tokens.in_digits(0), tokens.in_digits(2)
        (True, False)
        """
        return self.norm[self.starts[index]] in _DIGIT_CHARS


#: The name :func:`scan`'s result had before it carried the text.
Scan = Tokens
#: In :func:`scan`'s ``runs`` mode: a line break between tokens (no match runs across it).
BREAK: Final = "¶"
_NUMBER_KINDS: Final = tuple(_number_kind(n) for n in range(64))
# A run of plain words (group 1) or one piece of the split expression (group 2); in a
# short text (a date, a line: to_iso's input), where runs are few and the run expression
# costs more than it saves, one piece at a time. Both give the same tokens.
# Compiled when first used (each is a few milliseconds of import time, and with the compiled
# scanner active the pure one may never run).
@cache
def _tokens_only() -> re.Pattern[str]:
    return re.compile("[ \\t\\n\\r]*+(?:(" + _RUN_SOURCE + ")|(" + _FAST_SOURCE + "))", re.DOTALL)


@cache
def _pieces_only() -> re.Pattern[str]:
    return re.compile("[ \\t\\n\\r]*+(" + _FAST_SOURCE + ")", re.DOTALL)


_SHORT: Final = 160
# Where the split expressions stop: before the spaces that end the text (no token).
# Searched for a token, those would be tried again from each space in turn, in quadratic
# time. Nothing before them looks past them (a phrase ends in a letter; the lookaheads
# after a word ask for no space).
_TRAILING: Final = " \t\r\n"


# The pure scanner's own tables, built when it first runs (with the compiled scanner
# active it may never run: they would be a millisecond or two of import for nothing).
@cache
def _known() -> dict[str, tuple[str, object]]:
    """The pieces the pure scanner looks up first: :data:`WORDS` (none of which starts with
    a digit) and the numbers of one or two digits in either script or both, the most
    frequent pieces of a date, read without a call to ``int``."""
    return {
        **WORDS,
        **{a: ("d", int(a)) for a in _DIGIT_CHARS},
        **{a + b: ("d", int(a + b)) for a in _DIGIT_CHARS for b in _DIGIT_CHARS},
    }


@cache
def _not_plain() -> frozenset[str]:
    """What a plain word may be besides a "U": a word or a piece :func:`_lookup` splits."""
    names = set(WORDS)  # one set grown in place: each set operation would copy ~12,000 words
    names.update(SPLIT_WORDS)
    names.discard("")
    return frozenset(names)


def _lookup(piece: str) -> list[tuple[str, object, int]]:
    """Classify a non-number piece: ``[(kind, value, length), ...]`` (empty: ignorable).

    Usually one entry; two for a word glued to a visarga used as a colon ("প্রকাশঃ").
    """
    size = len(piece)
    found = WORDS.get(piece)
    if found is not None:
        return [(found[0], found[1], size)] if found[0] else []
    clock = CLOCK_WORDS.get(piece)
    if clock is not None:  # নয়টায়: the hour and its টায়
        return [("d", clock[0], clock[1]), ("t", None, size - clock[1])]
    glued = GLUED_SPANS.get(piece)
    if glued is not None:  # দিনব্যাপী: the unit and its span marker
        return list(glued)
    kind, value = _classify_word(piece)
    if kind == "U" and size > 1 and piece[-1] == "ঃ":
        head = WORDS.get(piece[:-1]) or _classify_word(piece[:-1])
        if head[0] != "U":
            return [(head[0], head[1], size - 1), (":", None, 1)]
    return [(kind, value, size)]


def scan_kinds(norm: str) -> tuple[str, list[object]]:
    """The kind string and token values of normalised text (no offsets: the fast path).

    >>> scan_kinds("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম")
    ('dMy,d:dA', [14, 9, 2024, None, 6, None, 42, 1])
    """
    if len(norm) > _SHORT:
        return _scan_kinds_runs(norm)
    kinds: list[str] = []
    values: list[object] = []
    words = _known()
    split_words = SPLIT_WORDS
    for piece in _pieces_only().findall(norm, 0, len(norm.rstrip(_TRAILING))):
        found = words.get(piece)
        if found is not None:
            if found[0]:
                kinds.append(found[0])
                values.append(found[1])
            continue
        if piece[0] in _DIGIT_CHARS:
            size = len(piece)
            if size < 10:
                kinds.append(_NUMBER_KINDS[size])
                values.append(int(piece))
            else:
                kinds.append("X")
                values.append(None)
            continue
        if not (
            piece.isascii() or "." in piece or "ঃ" in piece or " " in piece or "-" in piece
            or piece in split_words
        ):
            kinds.append("U")  # an ordinary word
            values.append(None)
            continue
        for kind, value, _ in _lookup(piece):
            kinds.append(kind)
            values.append(value)
    return "".join(kinds), values


def _scan_kinds_runs(norm: str) -> tuple[str, list[object]]:
    """:func:`scan_kinds` of a longer text: the same, with runs of plain words at once."""
    kinds: list[str] = []
    values: list[object] = []
    words = _known()
    not_plain = _not_plain()
    for run, piece in _tokens_only().findall(norm, 0, len(norm.rstrip(_TRAILING))):
        items: list[str] | tuple[str] = run.split() if run else (piece,)
        if run and not_plain.isdisjoint(items):  # plain words, each a "U"
            kinds.append("U" * len(items))
            values += [None] * len(items)
            continue
        for item in items:
            if run and item not in not_plain:  # a plain word
                kinds.append("U")
                values.append(None)
                continue
            found = words.get(item)
            if found is not None:
                if found[0]:
                    kinds.append(found[0])
                    values.append(found[1])
                continue
            if item[0] in _DIGIT_CHARS:
                size = len(item)
                if size < 10:
                    kinds.append(_NUMBER_KINDS[size])
                    values.append(int(item))
                else:
                    kinds.append("X")
                    values.append(None)
                continue
            for kind, value, _ in _lookup(item):
                kinds.append(kind)
                values.append(value)
    return "".join(kinds), values


# Spaces before (group 1) a piece of the split expression (group 2) ...
@cache
def _split_spaced() -> re.Pattern[str]:
    return re.compile("([ \t\r\n]*+)(" + _FAST_SOURCE + ")", re.DOTALL)


# ... or before a run of plain words (group 2) or one piece (group 3); in a short text,
# one piece at a time (group 2 empty).
@cache
def _runs_spaced() -> re.Pattern[str]:
    return re.compile("([ \t\r\n]*+)(?:(" + _RUN_SOURCE + ")|(" + _FAST_SOURCE + "))", re.DOTALL)


@cache
def _pieces_spaced() -> re.Pattern[str]:
    return re.compile("([ \t\r\n]*+)()(" + _FAST_SOURCE + ")", re.DOTALL)


def scan(norm: str, *, runs: bool = False) -> Tokens:
    """Split normalised text into meaningful tokens with their offsets.

    With ``runs`` (what :func:`bn_datetime.search` reads), a run of unknown words is one
    ``U`` token and a line break between tokens is a zero-width ``¶`` token, so that a
    date never spans one; without it, every unknown word is its own ``U``.

    >>> scan("১৪ সেপ্টেম্বর ২০২৪").kinds
    'dMy'
    >>> scan("গতকাল ঢাকায় বড় সভা\\nরাত ৯টায়", runs=True).kinds
    'RU¶Pdt'
    """
    if runs:
        return _scan_runs(norm)
    kinds: list[str] = []
    values: list[Any] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    words = _known()
    split_words = SPLIT_WORDS
    for space, piece in _split_spaced().findall(norm, 0, len(norm.rstrip(_TRAILING))):
        pos += len(space)
        size = len(piece)
        found = words.get(piece)
        if found is not None:
            if found[0]:
                kinds.append(found[0])
                values.append(found[1])
                starts.append(pos)
                ends.append(pos + size)
            pos += size
            continue
        if piece[0] in _DIGIT_CHARS:
            kind = _NUMBER_KINDS[size] if size < 10 else "X"
            kinds.append(kind)
            values.append(int(piece) if kind != "X" else None)
            starts.append(pos)
            pos += size
            ends.append(pos)
            continue
        if not (
            piece.isascii() or "." in piece or "ঃ" in piece or " " in piece or "-" in piece
            or piece in split_words
        ):
            # an ordinary word: most of any text
            kinds.append("U")
            values.append(None)
            starts.append(pos)
            pos += size
            ends.append(pos)
            continue
        for kind, value, length in _lookup(piece):
            kinds.append(kind)
            values.append(value)
            starts.append(pos)
            pos += length
            ends.append(pos)
    return Tokens(norm, "".join(kinds), values, starts, ends)


def _scan_runs(norm: str) -> Tokens:
    """:func:`scan` in its ``runs`` mode."""
    kinds: list[str] = []
    values: list[Any] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    last = BREAK
    words = _known()
    split_words = SPLIT_WORDS
    not_plain = _not_plain()
    split = _runs_spaced() if len(norm) > _SHORT else _pieces_spaced()
    for space, run, piece in split.findall(norm, 0, len(norm.rstrip(_TRAILING))):
        if space:
            pos += len(space)
            if last != BREAK and "\n" in space:
                kinds.append(BREAK)
                values.append(None)
                starts.append(pos)
                ends.append(pos)
                last = BREAK
        if run:
            items = run.split(" ")  # the words, and "" for each space more than one
            if not_plain.isdisjoint(items):  # plain words: one "U", from the first
                if last != "U":
                    last = "U"
                    kinds.append("U")
                    values.append(None)
                    starts.append(pos)
                    ends.append(pos + len(items[0]))
                pos += len(run)
                continue
            for word in items:  # some word to look up
                size = len(word)
                if word not in not_plain:
                    if size and last != "U":
                        last = "U"
                        kinds.append("U")
                        values.append(None)
                        starts.append(pos)
                        ends.append(pos + size)
                    pos += size + 1
                    continue
                found = words.get(word)
                if found is not None:
                    if found[0]:
                        last = found[0]
                        kinds.append(last)
                        values.append(found[1])
                        starts.append(pos)
                        ends.append(pos + size)
                    pos += size + 1
                    continue
                for kind, value, length in _lookup(word):
                    if kind != "U" or last not in ("U", BREAK):
                        last = kind
                        kinds.append(kind)
                        values.append(value)
                        starts.append(pos)
                        ends.append(pos + length)
                    pos += length
                pos += 1
            pos -= 1  # no space after the last word
            continue
        size = len(piece)
        found = words.get(piece)
        if found is not None:
            if found[0]:
                last = found[0]
                kinds.append(last)
                values.append(found[1])
                starts.append(pos)
                ends.append(pos + size)
            pos += size
            continue
        if piece[0] in _DIGIT_CHARS:
            last = _NUMBER_KINDS[size] if size < 10 else "X"
            kinds.append(last)
            values.append(int(piece) if last != "X" else None)
            starts.append(pos)
            pos += size
            ends.append(pos)
            continue
        if not (
            piece.isascii() or "." in piece or "ঃ" in piece or " " in piece or "-" in piece
            or piece in split_words
        ):
            # an ordinary word (one boundary however many in a row)
            if last != "U":
                last = "U"
                kinds.append("U")
                values.append(None)
                starts.append(pos)
                ends.append(pos + size)
            pos += size
            continue
        for kind, value, length in _lookup(piece):
            if kind != "U" or last not in ("U", BREAK):
                last = kind
                kinds.append(kind)
                values.append(value)
                starts.append(pos)
                ends.append(pos + length)
            pos += length
    return Tokens(norm, "".join(kinds), values, starts, ends)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens whose spans point into ``text`` as given.

    Every character is in exactly one token (spaces are tokens of kind ``" "``,
    brackets and quotes of kind ``"b"``), so the token texts joined give
    ``normalize(text)``.

    >>> [(t.kind, t.text, t.value) for t in tokenize("১লা জানু")]
    [('d', '১', 1), ('o', 'লা', 'লা'), (' ', ' ', None), ('M', 'জানু', 1)]
    >>> tokenize("\u200bমে")[0].start
    1
    """
    if not isinstance(text, str):
        msg = f"tokenize() needs a str, not {type(text).__name__}"
        raise TypeError(msg)
    from bn_datetime._core import (
        scan as _scan,  # the seam: compiled or pure (it imports this module)
    )

    norm, offsets = normalize_with_map(text)
    found = _scan(norm)
    tokens: list[Token] = []
    pos = 0
    k = 0

    def original(p: int) -> int:
        return p if offsets is None else offsets.to_original(p)

    def add(kind: str, start: int, end: int, value: object) -> None:
        tokens.append(Token(kind, norm[start:end], value, original(start), original(end)))

    while pos < len(norm):
        if k < len(found.starts) and found.starts[k] == pos:
            add(found.kinds[k], pos, found.ends[k], found.values[k])
            pos = found.ends[k]
            k += 1
            continue
        stop = found.starts[k] if k < len(found.starts) else len(norm)
        while pos < stop:
            kind = " " if norm[pos] in _SPACE_CHARS else "b"
            run = pos + 1
            while run < stop and (norm[run] in _SPACE_CHARS) == (kind == " "):
                run += 1
            add(kind, pos, run, None)
            pos = run
    return tokens


def check_text(text: object, limit: int) -> str:
    """Refuse non-str input (TypeError) and over-long input (ParseError) at once."""
    if not isinstance(text, str):
        msg = f"expected a str, not {type(text).__name__}"
        raise TypeError(msg)
    if len(text) > limit:
        raise ParseError(text, limit, reason=f"input longer than {limit} characters")
    return text
