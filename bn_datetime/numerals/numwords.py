"""Bengali numbers in words, both ways, plus ordinals, grouping and number normalisation.

Writing follows the Bangladesh standard (NCTB textbooks, Bangla Academy): শো for hundreds,
লাখ and কোটি, with কোটি repeated above a crore; reading accepts every spelling in
:mod:`bn_datetime.lexicon._numbers` and either digit script.

>>> number_to_words(125000)
'এক লাখ পঁচিশ হাজার'
>>> words_to_number("এক লক্ষ পঁচিশ হাজার")
125000
>>> words_to_number("২.৫ কোটি")
25000000
>>> ordinal(3), date_ordinal(21, style="words")
('৩য়', 'একুশে')
>>> normalize_numbers("সাত দিনে ১৭ লাখ টাকা")
'৭ দিনে ১৭০০০০০ টাকা'

Reading is strict: a word that is not part of a number is a
:class:`~bn_datetime.errors.ParseError` carrying its position, never a partial answer.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from decimal import Decimal
from typing import Literal, NamedTuple

from bn_datetime.errors import ParseError
from bn_datetime.lexicon import _numbers as _lex
from bn_datetime.text.digits import to_bengali_digits
from bn_datetime.text.normalize import normalize, normalize_with_map

__all__ = [
    "date_ordinal",
    "format_number",
    "match_date_ordinal",
    "match_number_words",
    "normalize_numbers",
    "number_to_words",
    "ordinal",
    "parse_ordinal",
    "words_to_number",
]

Number = int | Decimal
Grouping = Literal["lakh", "international"]
DigitScript = Literal["bengali", "ascii"]

# ---------------------------------------------------------------------------
# Tables (plain dicts and tuples built once from the lexicon: about 0.2 ms)
# ---------------------------------------------------------------------------

_UNIT, _HUND, _SCALE, _DIG, _FVAL, _FPRE, _FALONE, _QUARTER, _POINT, _NEG = range(10)

_UNITS: tuple[str, ...] = tuple(spellings[0] for _, spellings in _lex.CARDINALS)
_HUNDREDS: tuple[str, ...] = ("", *(_UNITS[c] + "শো" for c in range(1, 10)))
_CRORE = 10_000_000
_WESTERN = frozenset({1_000_000, 1_000_000_000, 100_000_000_000, 1_000_000_000_000})
_HALF = Decimal("0.5")
_QUARTER_D = Decimal("0.25")

# surface word -> (kind, value)
_WORDS: dict[str, tuple[int, Number]] = {}
for _v, _sp in _lex.CARDINALS:
    for _w in _sp:
        _WORDS[_w] = (_UNIT, _v)
for _v, _sp in _lex.SCALES:
    for _w in _sp:
        _WORDS[_w] = (_SCALE, _v)
for _kind, _table in (
    (_FVAL, _lex.FRACTION_NUMBERS),
    (_FPRE, _lex.FRACTION_PREFIXES),
    (_FALONE, _lex.FRACTION_QUANTITIES),
):
    for _s, _sp in _table:
        for _w in _sp:
            _WORDS[_w] = (_kind, Decimal(_s))
for _w in _lex.QUARTER_WORDS:
    _WORDS[_w] = (_QUARTER, 4)
for _w in _lex.DECIMAL_POINT_WORDS:
    _WORDS[_w] = (_POINT, 0)
for _w in _lex.NEGATIVE_WORDS:
    _WORDS[_w] = (_NEG, 0)
_COMPACT: dict[str, int] = {w: v for v, sp in _lex.COMPACT_SCALES for w in sp}
_COMPACT_DOTTED = tuple(sorted((w for w in _COMPACT if "." in w), key=len, reverse=True))
_NOT_IN_TEXT = frozenset(_lex.SCALES_NOT_IN_TEXT + _lex.NEGATIVE_WORDS_NOT_IN_TEXT)
_AMBIGUOUS = frozenset(_lex.AMBIGUOUS_ALONE)
_AMBIGUOUS_AFTER = frozenset(_lex.AMBIGUOUS_AFTER_NUMBER)
_HUNDRED_WORDS = _lex.SCALES[0][1]  # শো শ শত
_NEGATIVE_OUT = frozenset(_lex.NEGATIVE_WORDS)

_ORDINAL_WORDS: dict[str, int] = {w: v for v, sp in _lex.ORDINAL_WORDS for w in sp}
_ORDINAL_CANON: dict[int, str] = {v: sp[0] for v, sp in _lex.ORDINAL_WORDS}
_DATE_WORDS: dict[str, int] = {w: v for v, sp in _lex.DATE_ORDINAL_WORDS for w in sp}
_DATE_CANON: tuple[str, ...] = ("", *(sp[0] for _, sp in _lex.DATE_ORDINAL_WORDS))
_DIGIT_ORD_SUFFIX: dict[int, str] = dict(_lex.DIGIT_ORDINAL_SUFFIXES)
_DATE_SUFFIX: tuple[str, ...] = (
    "",
    *(suffix for low, high, suffix in _lex.DATE_DIGIT_SUFFIXES for _ in range(low, high + 1)),
)

# ---------------------------------------------------------------------------
# Character classes (never \w, \b or \d on Bengali text)
# ---------------------------------------------------------------------------

_LETTERS = r"\u0980-\u09E5\u09F0-\u09FF"
_LETTER_RUN = re.compile(f"[{_LETTERS}]+")
_WORDCHAR = re.compile(f"[{_LETTERS}০-৯0-9A-Za-z]")
_DIGIT_TOKEN = re.compile(r"(-?)([0-9]+(?:,[0-9]+)*(?:\.[0-9]+)?|[০-৯]+(?:,[০-৯]+)*(?:\.[০-৯]+)?)")
_INTL_GROUPS = re.compile(r"[0-9০-৯]{1,3}(?:,[0-9০-৯]{3})+")
_LAKH_GROUPS = re.compile(r"[0-9০-৯]{1,3}(?:,[0-9০-৯]{2})*,[0-9০-৯]{3}")
_COUNTER_TAIL = re.compile(
    "(?:{})(?:{})?".format(
        "|".join(_lex.COUNTERS),
        "|".join(sorted(_lex.COUNTER_ENDINGS, key=len, reverse=True)),
    )
)
_COUNTER_START = re.compile("|".join(_lex.COUNTERS))
_APOSTROPHES = "'\u2019"
_ASCII_OF = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
_MAX_LEN = 2000
# Digits in one number, whole or fraction: CPython's default int-string limit, so a
# number is never refused by ``int()`` deep inside, nor a Decimal like 1E+999999999
# expanded to a gigabyte of digits.
_MAX_DIGITS = 4300
_MAX_BITS = 14_280  # 2**14_280 < 10**4299: an int this short str() always writes


def _digit_limit() -> int:
    """Most digits one number may have: ``_MAX_DIGITS``, or less if the process lowered
    Python's int-string limit (``sys.set_int_max_str_digits``)."""
    limit = getattr(sys, "get_int_max_str_digits", lambda: 0)()
    return _MAX_DIGITS if limit == 0 else min(limit, _MAX_DIGITS)


class _Atom(NamedTuple):
    kind: int
    value: Number  # the number, the scale multiplier, or the fraction
    start: int
    end: int  # end of the number itself
    stop: int  # end including an attached counter (== end when none)
    word: str  # surface form of the number part
    neg: bool = False  # a digit token written with "-"


class _Fail(Exception):
    def __init__(self, index: int, expected: str, reason: str = "") -> None:
        super().__init__(index, expected, reason)
        self.index = index
        self.expected = expected
        self.reason = reason
        # the furthest atom the parse had looked at: a failure decided by atoms[:reached + 2]
        # fails every longer run of atoms as well (see _longest_at)
        self.reached = index


def _digits_value(token: str) -> Number:
    ascii_token = token.replace(",", "").translate(_ASCII_OF)
    return Decimal(ascii_token) if "." in ascii_token else int(ascii_token)


def _valid_grouping(body: str) -> bool:
    return _INTL_GROUPS.fullmatch(body) is not None or _LAKH_GROUPS.fullmatch(body) is not None


def _resolve_stem(word: str, text_mode: bool) -> tuple[int, Number] | None:
    """A whole word, or a hundreds compound (দুইশো, দেড়শত), without counters."""
    entry = _WORDS.get(word)
    if entry is not None:
        if text_mode and word in _NOT_IN_TEXT:
            return None
        return entry
    for suffix in _HUNDRED_WORDS:
        if word.endswith(suffix) and len(word) > len(suffix):
            stem = _WORDS.get(word[: -len(suffix)])
            if stem is None:
                continue
            kind, value = stem
            if (kind == _UNIT and 1 <= value <= 99) or kind == _FVAL:
                return _HUND, value
    return None


def _counter_end(text: str, pos: int) -> int:
    """End of a counter (+ case ending) written at ``pos``, or ``pos`` when there is none."""
    m = _COUNTER_TAIL.match(text, pos)
    if m is None:
        return pos
    end = m.end()
    if end < len(text) and _WORDCHAR.match(text, end):
        return pos
    return end


def _digit_token(text: str, pos: int, last: list[int] | None) -> tuple[str, str, int] | None:
    """Sign, body and end of the digit token at ``pos`` (``_DIGIT_TOKEN``).

    ``last`` holds the start and end of the token read before: a group start inside it
    (after its comma) has the same end, so ``১,১,১,…`` is not matched again from every
    comma.
    """
    if last is not None and last[0] < pos < last[1] and text[pos - 1] == ",":
        return "", text[pos : last[1]], last[1]
    m = _DIGIT_TOKEN.match(text, pos)
    if m is None:
        return None
    if last is not None:
        last[0], last[1] = m.start(2), m.end()
    return m.group(1), m.group(2), m.end()


def _lex_one(
    text: str, pos: int, text_mode: bool, first: bool, last_digits: list[int] | None = None
) -> _Atom | None:
    """The number atom starting at ``pos`` (a word start), or None."""
    n = len(text)
    ch = text[pos]
    if ch in "-0123456789০১২৩৪৫৬৭৮৯":
        token = _digit_token(text, pos, last_digits)
        if token is None:
            return None
        sign, body, end = token
        if sign and (text_mode or not first):
            return None
        if len(body) > _digit_limit():
            return None  # far too long to be one number
        start_body = end - len(body)
        if "," in body:
            int_part = body.split(".", 1)[0]
            if not _valid_grouping(int_part):
                body = body.split(",", 1)[0]
                end = start_body + len(body)
        value = _digits_value(body)
        neg = bool(sign)
        if end < n and text[end] in "0123456789০১২৩৪৫৬৭৮৯":
            return None  # mixed scripts (১8): not a number
        if end < n and _WORDCHAR.match(text, end):
            run = _LETTER_RUN.match(text, end)
            if run is None:
                return None
            letters = run.group()
            if letters in _HUNDRED_WORDS:
                if isinstance(value, int) and 1 <= value <= 99 and "," not in body:
                    stop = run.end()
                    if stop < n and _WORDCHAR.match(text, stop):
                        return None
                    return _Atom(_HUND, value, pos, stop, stop, text[pos:stop], neg)
                return None
            stop = _counter_end(text, end)
            if stop == end:
                return None
            return _Atom(_DIG, value, pos, end, stop, body, neg)
        return _Atom(_DIG, value, pos, end, end, body, neg)
    if not text_mode and not first:  # CLDR compact forms after digits: ১ হা, ১ লা.কো.
        for dotted in _COMPACT_DOTTED:
            if text.startswith(dotted, pos):
                end = pos + len(dotted)
                if end == n or not _WORDCHAR.match(text, end):
                    return _Atom(_SCALE, _COMPACT[dotted], pos, end, end, dotted)
    run = _LETTER_RUN.match(text, pos)
    if run is None:
        return None
    word = run.group()
    end = run.end()
    if end < n and _WORDCHAR.match(text, end):
        return None  # Bengali letters glued to Latin letters or digits
    if not text_mode and not first and word in _COMPACT:
        return _Atom(_SCALE, _COMPACT[word], pos, end, end, word)
    entry = _resolve_stem(word, text_mode)
    if entry is not None:
        stop = end
        if end + 1 < n and text[end] in _APOSTROPHES and entry[0] in (_UNIT, _FVAL):
            after = _counter_end(text, end + 1)  # দু'টি
            if after > end + 1:
                stop = after
        return _Atom(entry[0], entry[1], pos, end, stop, word)
    # a counter written onto the number: পাঁচটি, দুজনের, দেড়টায়, একশোটি
    for m in _COUNTER_START.finditer(word, 1):
        split = m.start()
        tail = _COUNTER_TAIL.fullmatch(word, split)
        if tail is None:
            continue
        entry = _resolve_stem(word[:split], text_mode)
        if entry is not None and entry[0] in (_UNIT, _HUND, _FVAL):
            return _Atom(entry[0], entry[1], pos, pos + split, end, word[:split])
    return None


def _scan(text: str, pos: int, text_mode: bool) -> tuple[list[_Atom], int]:
    """Atoms of the number run starting at ``pos``; also where lexing stopped."""
    atoms: list[_Atom] = []
    n = len(text)
    while pos < n:
        atom = _lex_one(text, pos, text_mode, not atoms)
        if atom is None:
            break
        atoms.append(atom)
        if atom.stop != atom.end:
            return atoms, atom.stop  # a counter ends the number
        nxt = atom.end
        while nxt < n and text[nxt] == " ":
            nxt += 1
        if nxt == atom.end or nxt == n:
            return atoms, atom.end
        pos = nxt
    return atoms, pos


class _Part:
    __slots__ = ("first", "frac", "last", "unit", "value")

    def __init__(self, value: Number, unit: int, first: int, last: int, frac: bool) -> None:
        self.value = value
        self.unit = unit
        self.first = first
        self.last = last
        self.frac = frac


def _is_int(value: Number) -> bool:
    return isinstance(value, int) or value == value.to_integral_value()


def _check_hundred_coef(coef: Number, leading: bool, index: int) -> None:
    if not _is_int(coef):
        if not _is_int(coef * 100):
            raise _Fail(index, "a whole number of hundreds")
        return
    c = int(coef)
    if 1 <= c <= 9:
        return
    if leading and 11 <= c <= 99 and c % 10:
        return  # উনিশশো, বারোশো: only at the head of a number
    raise _Fail(index, "one to nine hundreds", f"{c} hundreds is not a Bengali number")


def _check_tail(group: list[_Part], committed: list[_Part]) -> None:
    """Check the part just appended or grown at the end of ``group`` at once.

    A part only grows (a scale word multiplies it, a Western scale absorbs it into a
    larger one), so a part that overlaps the one before it, or a group that reaches the
    last committed crore segment, can never be read: failing here rather than at the
    end lets :func:`_longest_at` stop reading a run of atoms at the first dead one.
    """
    last = group[-1]
    if len(group) > 1 and not last.value < group[-2].unit:
        raise _Fail(last.first, "a smaller number", "the parts of the number overlap")
    if committed and not sum(p.value for p in group) < committed[-1].unit:
        raise _Fail(group[0].first, "a smaller number", "the parts of the number overlap")


def _close_group(group: list[_Part], committed: list[_Part]) -> None:
    for k in range(1, len(group)):
        if not group[k].value < group[k - 1].unit:
            raise _Fail(group[k].first, "a smaller number", "the parts of the number overlap")
    if committed and group and not sum(p.value for p in group) < committed[-1].unit:
        raise _Fail(group[0].first, "a smaller number", "the parts of the number overlap")


def _fraction_digits(atoms: list[_Atom], i: int, n: int) -> tuple[str, int]:
    """Digits after দশমিক: words read one by one, one digit token, or one 10-99 word."""
    if i < n and atoms[i].kind == _DIG:
        value = atoms[i].value
        if isinstance(value, int) and "," not in atoms[i].word:
            return atoms[i].word.translate(_ASCII_OF), i + 1
        raise _Fail(i, "digits after the decimal word")
    digits = []
    j = i
    while j < n and atoms[j].kind == _UNIT and int(atoms[j].value) <= 9:
        digits.append(str(atoms[j].value))
        j += 1
    if digits:
        return "".join(digits), j
    if i < n and atoms[i].kind == _UNIT and 10 <= int(atoms[i].value) <= 99:
        return str(atoms[i].value), i + 1  # তিন দশমিক চৌদ্দ (pair reading)
    raise _Fail(i, "digits after the decimal word")


def _parse(atoms: list[_Atom], n: int) -> Number:
    """Value of ``atoms[:n]``; raises _Fail(index) where the grammar breaks."""
    i = 0
    neg = False
    if atoms[0].kind == _NEG:
        neg = True
        i = 1
        if n == 1:
            raise _Fail(1, "a number after the minus word")
    elif atoms[0].kind == _DIG and atoms[0].neg:
        neg = True
    if atoms[i].kind == _FALONE:
        if n > i + 1:
            raise _Fail(i + 1, "nothing after a fraction word")
        value: Number = atoms[i].value
        return -value if neg else value
    try:
        committed: list[_Part] = []
        group: list[_Part] = []
        closed = False  # after a fractional quantity only scale words may follow
        while i < n:
            a = atoms[i]
            kind = a.kind
            if closed and kind != _SCALE:
                raise _Fail(i, "a scale word or the end", "nothing can follow a fraction")
            if kind in (_UNIT, _DIG):
                if a.neg and i:
                    raise _Fail(i, "a number without a sign")
                if a.value == 0 and (group or committed or (n > i + 1 and atoms[i + 1].kind != _POINT)):
                    raise _Fail(i, "a non-zero number", "zero stands only alone or before দশমিক")
                frac = not _is_int(a.value)
                group.append(_Part(a.value, 1, i, i, frac))
                _check_tail(group, committed)
                closed = frac
                i += 1
            elif kind == _FVAL:
                if group or committed:
                    raise _Fail(i, "a whole number", "দেড়/আড়াই start a number")
                group.append(_Part(a.value, 1, i, i, True))
                closed = True
                i += 1
            elif kind == _FPRE:
                if group or committed:
                    raise _Fail(i, "a whole number", "a fraction word starts a number")
                nxt = atoms[i + 1] if i + 1 < n else None
                if nxt is None:
                    raise _Fail(i + 1, "a number after the fraction word")
                if (
                    nxt.kind in (_UNIT, _DIG)
                    and isinstance(nxt.value, int)
                    and nxt.value >= 1
                    and not nxt.neg
                ):
                    group.append(_Part(nxt.value + a.value, 1, i, i + 1, True))
                    i += 2
                elif nxt.kind == _HUND and isinstance(nxt.value, int):
                    coef = nxt.value + a.value
                    _check_hundred_coef(nxt.value, True, i + 1)
                    group.append(_Part(coef * 100, 100, i, i + 1, True))
                    i += 2
                elif nxt.kind == _SCALE and a.value != _HALF and nxt.value > 100:
                    group.append(_Part(1 + a.value, 1, i, i, True))  # সোয়া লাখ
                    i += 1
                else:
                    raise _Fail(i + 1, "a whole number after the fraction word")
                closed = True
            elif kind == _HUND:
                _check_hundred_coef(a.value, not group and not committed, i)
                frac = not _is_int(a.value)
                if frac and (group or committed):
                    raise _Fail(i, "a whole number of hundreds")
                group.append(_Part(a.value * 100, 100, i, i, frac))
                _check_tail(group, committed)
                closed = frac
                i += 1
            elif kind == _SCALE:
                m = int(a.value)
                if a.word in _COMPACT and (i == 0 or atoms[i - 1].kind != _DIG):
                    raise _Fail(i, "digits before a compact scale")
                if m == _CRORE:
                    if not group:
                        raise _Fail(i, "a number before কোটি")
                    _close_group(group, [])
                    power = 1
                    i += 1
                    while i < n and atoms[i].kind == _SCALE and atoms[i].value == _CRORE:
                        power += 1
                        i += 1
                    mult = _CRORE**power
                    total = sum(p.value for p in group)
                    seg = _Part(
                        total * mult, min(p.unit for p in group) * mult, group[0].first, i - 1, closed
                    )
                    if committed and not seg.value < committed[-1].unit:
                        raise _Fail(seg.first, "a smaller number", "the parts of the number overlap")
                    committed.append(seg)
                    group = []
                elif m in _WESTERN:
                    j = len(group)
                    while j and group[j - 1].unit <= 100:
                        j -= 1
                    absorbed = group[j:]
                    if not absorbed:
                        raise _Fail(i, "a number before the scale word")
                    _close_group(absorbed, [])
                    coef = sum(p.value for p in absorbed)
                    frac = any(p.frac for p in absorbed)
                    group[j:] = [_Part(coef * m, m, absorbed[0].first, i, frac)]
                    _check_tail(group, committed)
                    i += 1
                else:
                    last = group[-1] if group else None
                    if last is None or last.unit != 1 or last.last != i - 1:
                        raise _Fail(i, "a number before the scale word")
                    coef = last.value
                    if m == 100:
                        _check_hundred_coef(coef, len(group) == 1 and not committed, last.first)
                    elif not coef > 0:
                        raise _Fail(last.first, "a non-zero number")
                    group[-1] = _Part(coef * m, m, last.first, i, last.frac)
                    _check_tail(group, committed)
                    i += 1
            elif kind == _POINT:
                digits, j = _fraction_digits(atoms, i + 1, n)
                fraction = Decimal("0." + digits)
                if not group and not committed:
                    group.append(_Part(fraction, 1, i, j - 1, True))
                elif (
                    len(group) == 1
                    and not committed
                    and group[0].unit == 1
                    and not group[0].frac
                    and atoms[group[0].first].kind == _UNIT
                ):
                    group[0] = _Part(group[0].value + fraction, 1, group[0].first, j - 1, True)
                else:
                    if j != n:
                        raise _Fail(j, "the end after the decimal digits")
                    group.append(_Part(fraction, 1, i, j - 1, True))
                    _check_tail(group, committed)
                closed = True
                i = j
            elif kind == _QUARTER:
                if (
                    len(group) == 1
                    and not committed
                    and group[0].unit == 1
                    and not group[0].frac
                    and 1 <= group[0].value <= 3
                    and i == n - 1
                ):
                    group[0] = _Part(Decimal(group[0].value) / 4, 1, group[0].first, i, True)
                    closed = True
                    i += 1
                else:
                    raise _Fail(i, "one to three before চতুর্থাংশ")
            else:  # a minus word or a stand-alone fraction inside a number
                raise _Fail(i, "a number word")
        if not group and not committed:
            raise _Fail(i, "a number")
        _close_group(group, committed)
    except _Fail as fail:
        fail.reached = max(fail.reached, i)
        raise
    result: Number = sum(p.value for p in committed) + sum(p.value for p in group)
    if isinstance(result, Decimal) and result == result.to_integral_value():
        result = int(result)
    return -result if neg else result


class _Runs:
    """The number atoms of one text in running-text mode, each read once.

    In running text an atom does not depend on what comes before it, so the run that
    starts at an atom is the tail of any run that reaches it: atoms and the links
    between them are remembered by position, and a run is read only as far as the
    parse needs (see :func:`_longest_at`). This is what keeps a text made of one long
    run (``১ ১ ১ …``, ``এক এক …``) linear.
    """

    __slots__ = ("_atoms", "_digits", "_next", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._atoms: dict[int, _Atom | None] = {}
        self._next: dict[int, int] = {}  # atom start -> next atom start, or -1
        self._digits: list[int] = [-1, -1]  # the last digit token read: start, end

    def atom(self, pos: int) -> _Atom | None:
        if pos in self._atoms:
            return self._atoms[pos]
        found = _lex_one(self.text, pos, True, True, self._digits)
        self._atoms[pos] = found
        return found

    def _follow(self, atom: _Atom) -> int:
        """Start of the atom after ``atom`` in its run, or -1 (the rule of :func:`_scan`)."""
        cached = self._next.get(atom.start)
        if cached is not None:
            return cached
        text = self.text
        n = len(text)
        nxt = -1
        if atom.stop == atom.end:
            k = atom.end
            while k < n and text[k] == " ":
                k += 1
            if k != atom.end and k != n:
                nxt = k
        self._next[atom.start] = nxt
        return nxt

    def take(self, pos: int, count: int) -> tuple[list[_Atom], bool]:
        """Up to ``count`` atoms of the run at ``pos``, and whether the run goes on."""
        atoms: list[_Atom] = []
        while True:
            atom = self.atom(pos)
            if atom is None:
                return atoms, False
            atoms.append(atom)
            pos = self._follow(atom)
            if pos < 0:
                return atoms, False
            if len(atoms) == count:
                return atoms, self.atom(pos) is not None

    def stop_of_run(self, atoms: list[_Atom]) -> int:
        """Where the run that ``atoms`` begins ends (its last atom's ``stop``)."""
        last = atoms[-1]
        pos = self._follow(last)
        while pos >= 0:
            atom = self.atom(pos)
            if atom is None:
                break
            last = atom
            pos = self._follow(atom)
        return last.stop


def _longest_at(runs: _Runs, pos: int) -> tuple[tuple[Number, int] | None, list[_Atom], bool]:
    """The longest number at ``pos``: ``((value, atoms used) or None, atoms read, more)``.

    The run is read in doubling slices. A parse that fails having looked at no more
    than ``atoms[:reached + 2]`` fails the same way for every longer prefix, so only
    the prefixes up to ``reached + 1`` are tried, from the longest down; and a parse
    fails as soon as two parts overlap (:func:`_check_tail`), so the work at one
    position is proportional to the number found there, not to the run.
    """
    count = 4
    while True:
        atoms, more = runs.take(pos, count)
        if not atoms:
            return None, atoms, False
        top = len(atoms)
        try:
            value = _parse(atoms, top)
        except _Fail as fail:
            if not more or fail.reached + 2 <= top:
                for n in range(min(top - 1, fail.reached + 1), 0, -1):
                    try:
                        return (_parse(atoms, n), n), atoms, more
                    except _Fail:
                        continue
                return None, atoms, more
        else:
            if not more:
                return (value, top), atoms, more
        count *= 2


# ---------------------------------------------------------------------------
# words -> number
# ---------------------------------------------------------------------------


def words_to_number(text: str) -> Number:
    """Read a number written in Bengali words, digits, or both.

    Returns an ``int`` when the value is whole and a :class:`~decimal.Decimal`
    otherwise. Every spelling variant and both nukta encodings are read; counters may
    be attached (``৫টি``, ``দুজন``). Anything else is a :class:`ParseError` whose
    ``pos`` points into ``text``.

    >>> words_to_number("উনিশশো একাত্তর")
    1971
    >>> words_to_number("সাড়ে তিন হাজার")
    3500
    >>> words_to_number("মাইনাস এক দশমিক শূন্য পাঁচ")
    Decimal('-1.05')
    >>> words_to_number("১,২৩,৪৫,৬৭৮")
    12345678
    >>> words_to_number("দশ লক্ষ টাকা")
    Traceback (most recent call last):
    ...
    bn_datetime.errors.ParseError: cannot parse 'দশ লক্ষ টাকা': not a number word: expected a number word or the end at position 8
    """
    if not isinstance(text, str):
        msg = f"words_to_number() needs a str, not {type(text).__name__}"
        raise TypeError(msg)
    if len(text) > _MAX_LEN:
        raise ParseError(text, _MAX_LEN, reason=f"longer than {_MAX_LEN} characters")
    norm, offsets = normalize_with_map(text)

    def orig(pos: int) -> int:
        return offsets.to_original(pos) if offsets is not None else pos

    start = len(norm) - len(norm.lstrip(" "))
    end = len(norm.rstrip(" "))
    if start >= end:
        raise ParseError(text, 0, expected="a number", reason="empty")
    body = norm[:end]
    atoms, stop = _scan(body, start, text_mode=False)
    if not atoms:
        raise ParseError(text, orig(start), expected="a number", reason="not a number word")
    if stop != end:
        pos = stop
        raise ParseError(
            text, orig(pos), expected="a number word or the end", reason="not a number word"
        )
    try:
        return _parse(atoms, len(atoms))
    except _Fail as fail:
        pos = atoms[fail.index].start if fail.index < len(atoms) else end
        raise ParseError(text, orig(pos), expected=fail.expected, reason=fail.reason) from None


def match_number_words(
    text: str, pos: int = 0, *, counters: bool = True
) -> tuple[Number, int] | None:
    """Read the longest number starting at offset ``pos`` of already-normalised text.

    For grammars that find numbers inside longer text: ``text`` must be the output of
    :func:`bn_datetime.text.normalize.normalize`. Returns ``(value, end)`` or ``None`` when
    no number starts at ``pos`` (or ``pos`` is inside a word). Digits, words and mixes
    are read; homographs (নয়, বার …) are read as numbers, since the caller's grammar
    gives the context. ``আরব``/``খরব`` and the sign word ``ঋণ`` are not read here.
    With ``counters=False`` an attached counter is left after ``end`` (``দশটায়``).

    >>> match_number_words("চৌদ্দ সেপ্টেম্বর দুই হাজার চব্বিশ", 17)
    (2024, 33)
    >>> match_number_words("দেড় ঘণ্টা আগে", 0)
    (Decimal('1.5'), 4)
    >>> match_number_words("সাড়ে দশটায়", 0, counters=False)
    (Decimal('10.5'), 8)
    >>> match_number_words("সেপ্টেম্বর", 0) is None
    True
    """
    if not isinstance(text, str):
        msg = f"match_number_words() needs a str, not {type(text).__name__}"
        raise TypeError(msg)
    if pos < 0 or pos >= len(text) or (pos and _WORDCHAR.match(text, pos - 1)):
        return None
    found, atoms, _ = _longest_at(_Runs(text), pos)
    if found is None:
        return None
    value, used = found
    last = atoms[used - 1]
    return value, (last.stop if counters else last.end)


def match_date_ordinal(text: str, pos: int = 0) -> tuple[int, int] | None:
    """Read a day-of-month ordinal (``একুশে``, ``পহেলা``, ``২১শে``, ``৪ঠা``) at ``pos``.

    ``text`` must be normalised. Returns ``(day, end)`` or ``None``. The digit forms need
    the suffix that belongs to the number (``১৯শে``, never ``১৯ই``); a space before the
    suffix is accepted except in ``১ লা`` (which is also "1 lakh").

    >>> match_date_ordinal("একুশে ফেব্রুয়ারি", 0)
    (21, 5)
    >>> match_date_ordinal("১৪ই সেপ্টেম্বর", 0)
    (14, 3)
    >>> match_date_ordinal("১৪ সেপ্টেম্বর", 0) is None
    True
    """
    if not isinstance(text, str):
        msg = f"match_date_ordinal() needs a str, not {type(text).__name__}"
        raise TypeError(msg)
    if pos < 0 or pos >= len(text) or (pos and _WORDCHAR.match(text, pos - 1)):
        return None
    m = _DATE_DIGITS.match(text, pos)
    if m is not None:
        day = int(m.group(1).translate(_ASCII_OF))
        if 1 <= day <= 31 and m.group(3) == _DATE_SUFFIX[day] and not (m.group(2) and day == 1):
            end = m.end()
            if end == len(text) or not _WORDCHAR.match(text, end):
                return day, end
        return None
    run = _LETTER_RUN.match(text, pos)
    if run is None:
        return None
    word_day = _DATE_WORDS.get(run.group())
    if word_day is None or (run.end() < len(text) and _WORDCHAR.match(text, run.end())):
        return None
    return word_day, run.end()


_DATE_DIGITS = re.compile(r"([০-৯]{1,2}|[0-9]{1,2})( ?)(লা|রা|ঠা|ই|শে)")
_ORDINAL_DIGITS = re.compile(r"([০-৯]+|[0-9]+)( ?)(ম|য়|র্থ|ষ্ঠ|তম|লা|রা|ঠা|ই|শে)")

# ---------------------------------------------------------------------------
# number -> words
# ---------------------------------------------------------------------------


def _below_crore(n: int, parts: list[str]) -> None:
    lakh, n = divmod(n, 100_000)
    if lakh:
        parts.append(_UNITS[lakh])
        parts.append("লাখ")
    thousand, n = divmod(n, 1000)
    if thousand:
        parts.append(_UNITS[thousand])
        parts.append("হাজার")
    hundred, n = divmod(n, 100)
    if hundred:
        parts.append(_HUNDREDS[hundred])
    if n:
        parts.append(_UNITS[n])


def _int_words(n: int) -> str:
    if n < 100:
        return _UNITS[n]
    parts: list[str] = []
    if n < _CRORE:
        _below_crore(n, parts)
        return " ".join(parts)
    segments = []
    while n:
        n, low = divmod(n, _CRORE)
        segments.append(low)
    for power in range(len(segments) - 1, -1, -1):
        if segments[power]:
            _below_crore(segments[power], parts)
            parts.extend(("কোটি",) * power)
    return " ".join(parts)


_MAX_WORDS = 10**21


def _as_number(n: object, func: str) -> Number:
    if isinstance(n, bool):
        msg = f"{func}() does not take bool"
        raise TypeError(msg)
    if isinstance(n, (int, Decimal)):
        return n
    if isinstance(n, float):
        if n != n or n in (float("inf"), float("-inf")):
            msg = f"{n!r} is not a finite number"
            raise ValueError(msg)
        return Decimal(_float_digits(n))
    if isinstance(n, str):
        return _read_numeral(n, func)
    msg = f"{func}() needs int, Decimal, float or a numeral str, not {type(n).__name__}"
    raise TypeError(msg)


def _float_digits(n: float) -> str:
    """A float's shortest repr, or its 15 significant digits when the repr carries binary
    noise beyond them: 2.0 stays 2.0, 0.1 + 0.2 is 0.3 (not 0.30000000000000004)."""
    text = repr(n)
    mantissa = text.lstrip("-").partition("e")[0].replace(".", "").lstrip("0")
    if len(mantissa) <= 15:
        return text
    text = format(n, ".15g")
    return text if "." in text or "e" in text else text + ".0"


def _read_numeral(text: str, func: str) -> Number:
    """A str written in digits (either script, optional sign, grouping, decimals)."""
    norm = normalize(text).strip()
    m = _DIGIT_TOKEN.fullmatch(norm)
    body = m.group(2) if m else ""
    if m is None or ("," in body and not _valid_grouping(body.split(".", 1)[0])):
        raise ParseError(text, 0, expected="a number in digits", reason=f"{func}() reads digits")
    if len(body) > _digit_limit():
        reason = f"more than {_digit_limit()} digits"
        raise ParseError(text, 0, expected="a shorter number", reason=reason)
    value = _digits_value(body)
    return -value if m.group(1) else value


def number_to_words(
    n: int | Decimal | float | str,
    *,
    style: Literal["cardinal", "year"] = "cardinal",
    negative: str = "মাইনাস",
) -> str:
    """Write ``n`` in Bengali words (the Bangladesh standard spelling).

    Integers up to 10²¹ (কোটি repeats above a crore), negatives (``negative`` is the
    sign word: মাইনাস, or ঋণাত্মক/ঋণ), decimals read digit by digit after দশমিক, exactly
    as a :class:`~decimal.Decimal` is written. A ``str`` must be a numeral in digits
    (ASCII or Bengali, grouping allowed). ``style="year"`` reads 1100-1999 as hundreds
    (উনিশশো একাত্তর); other years are cardinals (দুই হাজার চব্বিশ).

    >>> number_to_words(1234567)
    'বারো লাখ চৌত্রিশ হাজার পাঁচশো সাতষট্টি'
    >>> number_to_words(10**12)
    'এক লাখ কোটি'
    >>> number_to_words(Decimal("-10.05"))
    'মাইনাস দশ দশমিক শূন্য পাঁচ'
    >>> number_to_words(1971, style="year")
    'উনিশশো একাত্তর'
    >>> number_to_words("২০২৪", style="year")
    'দুই হাজার চব্বিশ'
    """
    value = _as_number(n, "number_to_words")
    if negative not in _NEGATIVE_OUT:
        msg = f"negative must be one of {sorted(_NEGATIVE_OUT)}, not {negative!r}"
        raise ValueError(msg)
    if style not in ("cardinal", "year"):
        msg = f"style must be 'cardinal' or 'year', not {style!r}"
        raise ValueError(msg)

    def reject(reason: str) -> ValueError:
        # a str is text: its rejection is a ParseError (still a ValueError)
        if isinstance(n, str):
            return ParseError(n, 0, reason=reason)
        return ValueError(f"number_to_words(): {reason}")

    too_big = "it writes numbers whose whole part is below 10**21"
    if isinstance(value, int):
        sign = value < 0
        whole = -value if sign else value
        fraction = ""
        if whole >= _MAX_WORDS:
            raise reject(too_big)
    else:
        if not value.is_finite():
            msg = f"{value!r} has no words"
            raise ValueError(msg)
        if value and value.adjusted() >= 21:
            raise reject(too_big)
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and -exponent > _MAX_DIGITS:
            raise reject(f"more than {_MAX_DIGITS} digits after the decimal point")
        text = format(value, "f")
        sign = text.startswith("-")
        text = text.lstrip("-")
        whole_text, _, fraction = text.partition(".")
        whole = int(whole_text)
        if sign and not whole and not fraction.strip("0"):
            sign = False  # -0 and -0.00
    if style == "year":
        if fraction or sign:
            raise reject("a year is a whole positive number")
        if 1100 <= whole <= 1999:
            hundreds, rest = divmod(whole, 100)
            head = _UNITS[hundreds] + "শো"
            return head + " " + _UNITS[rest] if rest else head
    words = _int_words(whole)
    if fraction:
        words += " দশমিক " + " ".join(_UNITS[ord(d) - 48] for d in fraction)
    return negative + " " + words if sign else words


# ---------------------------------------------------------------------------
# ordinals
# ---------------------------------------------------------------------------


def _positive_int(n: object, func: str, high: int | None = None) -> int:
    if isinstance(n, bool) or not isinstance(n, int):
        msg = f"{func}() needs an int, not {type(n).__name__}"
        raise TypeError(msg)
    if n < 1 or (high is not None and n > high) or n.bit_length() > _MAX_BITS:
        if n.bit_length() > _MAX_BITS:
            msg = f"{func}() takes numbers of at most {_MAX_DIGITS - 1} digits"
            raise ValueError(msg)
        limit = f"1 to {high}" if high is not None else "1 or more"
        msg = f"{func}() takes {limit}, not {n}"
        raise ValueError(msg)
    return n


def ordinal(n: int, style: Literal["digits", "words"] = "digits") -> str:
    """The ordinal of ``n`` ≥ 1: ``১ম ২য় ৩য় ৪র্থ ৫ম ৬ষ্ঠ … ১১তম`` or words.

    Words are the forms used in written text: প্রথম … দশম, then the Sanskrit
    একাদশ … একত্রিংশ, চত্বারিংশ, পঞ্চাশতম … নবতিতম, শততম, সহস্রতম; any other number is
    the cardinal + তম (বত্রিশতম).

    >>> [ordinal(k) for k in (1, 2, 4, 6, 11)]
    ['১ম', '২য়', '৪র্থ', '৬ষ্ঠ', '১১তম']
    >>> ordinal(21, style="words"), ordinal(32, style="words")
    ('একবিংশ', 'বত্রিশতম')
    """
    n = _positive_int(n, "ordinal")
    if style == "digits":
        return to_bengali_digits(n) + _DIGIT_ORD_SUFFIX.get(n, "তম")
    if style == "words":
        word = _ORDINAL_CANON.get(n)
        return word if word is not None else _int_words(n) + "তম"
    msg = f"style must be 'digits' or 'words', not {style!r}"
    raise ValueError(msg)


def date_ordinal(n: int, style: Literal["digits", "words"] = "digits") -> str:
    """The day-of-month form of ``n`` (1-31): ``১লা ২রা ৩রা ৪ঠা ৫ই … ১৯শে`` or words.

    >>> date_ordinal(1), date_ordinal(19), date_ordinal(4, style="words")
    ('১লা', '১৯শে', 'চৌঠা')
    """
    n = _positive_int(n, "date_ordinal", 31)
    if style == "digits":
        return to_bengali_digits(n) + _DATE_SUFFIX[n]
    if style == "words":
        return _DATE_CANON[n]
    msg = f"style must be 'digits' or 'words', not {style!r}"
    raise ValueError(msg)


def parse_ordinal(text: str) -> int:
    """Read any ordinal or day-of-month form back: words, digits + suffix, cardinal + তম.

    >>> [parse_ordinal(s) for s in ("৩য়", "একাদশ", "এগারোতম", "২১শে", "পয়লা", "এক হাজারতম")]
    [3, 11, 11, 21, 1, 1000]

    Tithi names (দশমী, দ্বিতীয়া) are not ordinals and are rejected.
    """
    if not isinstance(text, str):
        msg = f"parse_ordinal() needs a str, not {type(text).__name__}"
        raise TypeError(msg)
    norm, offsets = normalize_with_map(text)
    stripped = norm.strip(" ")
    lead = len(norm) - len(norm.lstrip(" "))

    def fail(pos: int, reason: str) -> ParseError:
        orig = offsets.to_original(pos) if offsets is not None else pos
        return ParseError(text, orig, expected="an ordinal", reason=reason)

    if not stripped:
        raise fail(lead, "empty")
    value = _ORDINAL_WORDS.get(stripped) or _DATE_WORDS.get(stripped)
    if value is not None:
        return value
    m = _ORDINAL_DIGITS.fullmatch(stripped)
    if m is not None:
        if len(m.group(1)) > _digit_limit():
            raise fail(lead, f"more than {_digit_limit()} digits")
        n = int(m.group(1).translate(_ASCII_OF))
        suffix = m.group(3)
        spaced = bool(m.group(2))
        if suffix in ("লা", "রা", "ঠা", "ই", "শে"):
            if 1 <= n <= 31 and _DATE_SUFFIX[n] == suffix and not (spaced and n == 1):
                return n
        elif n >= 1 and (suffix == "তম" or (_DIGIT_ORD_SUFFIX.get(n) == suffix and not spaced)):
            return n
        raise fail(lead + m.start(3), f"{suffix!r} is not the suffix of {n}")
    if stripped.endswith("তম"):
        stem = stripped[:-2].rstrip(" ")
        for extra in ("", "তি", "ত্"):  # বিংশতিতম, ত্রিংশত্তম
            if extra and stem.endswith(extra):
                sanskrit = _ORDINAL_WORDS.get(stem[: -len(extra)])
                if sanskrit is not None and sanskrit > 10:
                    return sanskrit
        if stem:
            atoms, stop = _scan(stem, 0, text_mode=False)
            if atoms and stop == len(stem):
                try:
                    read = _parse(atoms, len(atoms))
                except _Fail:
                    read = None
                if isinstance(read, int) and read >= 1 and atoms[0].kind != _DIG:
                    return read
    raise fail(lead, "not an ordinal")


# ---------------------------------------------------------------------------
# digits and grouping
# ---------------------------------------------------------------------------


def _group(digits: str, grouping: Grouping | None) -> str:
    if grouping is None or len(digits) <= 3:
        return digits
    if grouping == "international":
        head = len(digits) % 3 or 3
        return ",".join([digits[:head], *(digits[k : k + 3] for k in range(head, len(digits), 3))])
    rest, last = digits[:-3], digits[-3:]
    head = len(rest) % 2 or 2
    groups = [rest[:head], *(rest[k : k + 2] for k in range(head, len(rest), 2)), last]
    return ",".join(groups)


def format_number(
    n: int | Decimal | float,
    grouping: Grouping | None = "lakh",
    digits: DigitScript = "bengali",
) -> str:
    """Write ``n`` in digits with lakh-crore (``১,২৩,৪৫,৬৭৮``) or international grouping.

    >>> format_number(12345678)
    '১,২৩,৪৫,৬৭৮'
    >>> format_number(12345678, grouping="international")
    '১২,৩৪৫,৬৭৮'
    >>> format_number(Decimal("-1234567.50"), digits="ascii")
    '-12,34,567.50'
    >>> format_number(1000, grouping=None)
    '১০০০'
    >>> format_number(0.1 + 0.2)
    '০.৩'
    """
    if isinstance(n, str):
        msg = "format_number() needs a number; read text with words_to_number() first"
        raise TypeError(msg)
    value = _as_number(n, "format_number")
    if grouping not in ("lakh", "international", None):
        msg = f"grouping must be 'lakh', 'international' or None, not {grouping!r}"
        raise ValueError(msg)
    if digits not in ("bengali", "ascii"):
        msg = f"digits must be 'bengali' or 'ascii', not {digits!r}"
        raise ValueError(msg)
    if isinstance(value, Decimal):
        if not value.is_finite():
            msg = f"{value!r} has no digits"
            raise ValueError(msg)
        exponent = value.as_tuple().exponent
        if (value and value.adjusted() >= _MAX_DIGITS) or (isinstance(exponent, int) and -exponent > _MAX_DIGITS):
            msg = f"format_number() writes at most {_MAX_DIGITS} digits before and after the point"
            raise ValueError(msg)
    elif value.bit_length() > _MAX_BITS:
        msg = f"format_number() writes at most {_MAX_DIGITS} digits before and after the point"
        raise ValueError(msg)
    text = str(value) if isinstance(value, int) else format(value, "f")
    sign = "-" if text.startswith("-") and value != 0 else ""  # no minus zero
    whole, dot, fraction = text.lstrip("-").partition(".")
    out = sign + _group(whole, grouping) + dot + fraction
    return to_bengali_digits(out) if digits == "bengali" else out


# ---------------------------------------------------------------------------
# running text
# ---------------------------------------------------------------------------

_WORD_START = re.compile(f"(?<![{_LETTERS}০-৯0-9A-Za-z])[{_LETTERS}০-৯0-9]")


def _rewrite(atoms: list[_Atom], used: int, value: Number) -> bool:
    """Whether a number found in running text is rewritten (the ambiguity rules)."""
    head = atoms[:used]
    kinds = {a.kind for a in head}
    if kinds <= {_DIG}:
        return False  # already digits
    if _HUND in kinds and all(
        a.kind == _HUND and a.word[0] in "০১২৩৪৫৬৭৮৯0123456789" for a in head
    ):
        return False  # ১১শ is also "11th"
    if not _is_int(value) and kinds & {_FVAL, _FPRE, _FALONE, _QUARTER}:
        return False  # সাড়ে দশটা, দেড় ঘণ্টা: clock times and measures stay in words
    last = head[-1]
    return not (used == 1 and last.stop == last.end and last.word in _AMBIGUOUS)


def normalize_numbers(text: str, *, digits: DigitScript = "bengali") -> str:
    """Rewrite numbers written in words (or words + digits) in running text as digits.

    Only the number itself changes; every other character, including an attached
    counter (``পাঁচটি`` → ``৫টি``), stays exactly as it was. Precision over recall:

    * a lone homograph is left alone: নয় ("is not"), বার ("times"), এক ("a"),
      শূন্য ("empty"), দু/ছ/ন — they are rewritten inside a longer number (এক লাখ) or
      with a counter (নয়টি); নয়, ন and বার ending a longer number are left out of it
      (পাঁচশো নয় "not five hundred" → ৫০০ নয়);
    * a run of number words that cannot be read up to its next scale word (একশ হাজার,
      পাঁচ কোটি দুই কোটি) is left as written;
    * a bare scale word is not a number (হাজার মানুষ, শত শত, লাখো);
    * words joined by a hyphen or apostrophe are a range or an estimate (দু-একটি,
      দুই-তিন দিন) and stay;
    * fractions that are not whole (সাড়ে দশটা, দেড় ঘণ্টা) stay in words, while whole
      ones are rewritten (দেড় লাখ → ১৫০০০০); decimals in words become digits;
    * ঋণ ("loan") is not read as a minus sign, nor আরব ("Arab") as a scale;
    * numbers already in digits are left as written, and ``১১শ`` (also "11th") too.

    >>> normalize_numbers("পাঁচটি বই আর দেড় লাখ টাকা, সাড়ে দশটায় নয়")
    '৫টি বই আর ১৫০০০০ টাকা, সাড়ে দশটায় নয়'
    >>> normalize_numbers("উনিশশো একাত্তর সালে দু-একজন", digits="ascii")
    '1971 সালে দু-একজন'
    """
    if not isinstance(text, str):
        msg = f"normalize_numbers() needs a str, not {type(text).__name__}"
        raise TypeError(msg)
    if digits not in ("bengali", "ascii"):
        msg = f"digits must be 'bengali' or 'ascii', not {digits!r}"
        raise ValueError(msg)
    norm, offsets = normalize_with_map(text)
    to_orig: Callable[[int], int] = offsets.to_original if offsets is not None else int
    out: list[str] = []
    copied = 0
    skip_until = 0
    length = len(norm)
    runs = _Runs(norm)
    for m in _WORD_START.finditer(norm):
        pos = m.start()
        if pos < skip_until:
            continue
        found, atoms, _ = _longest_at(runs, pos)
        if found is None:
            continue
        value, used = found
        if used == len(atoms):
            atoms, _ = runs.take(pos, used + 1)
        if used < len(atoms) and atoms[used].kind == _SCALE:
            # the scale word belongs to a number that cannot be read (একশ হাজার,
            # পাঁচ কোটি দুই কোটি): leave the whole run as written
            skip_until = runs.stop_of_run(atoms)
            continue
        last = atoms[used - 1]
        skip_until = last.stop
        if used > 1 and last.stop == last.end and last.word in _AMBIGUOUS_AFTER:
            used -= 1  # পাঁচশো নয় "not five hundred"
            last = atoms[used - 1]
            try:
                value = _parse(atoms, used)
            except _Fail:
                continue
        if not _rewrite(atoms, used, value):
            continue
        if pos >= 2 and norm[pos - 1] in "-" + _APOSTROPHES and _WORDCHAR.match(norm, pos - 2):
            continue
        if (
            last.stop + 1 < length
            and norm[last.stop] in "-" + _APOSTROPHES
            and _WORDCHAR.match(norm, last.stop + 1)
        ):
            continue
        if isinstance(value, int) and value.bit_length() > _MAX_BITS:
            continue  # কোটি কোটি … past thousands of digits: left as written
        written = str(value) if isinstance(value, int) else format(value, "f")
        if digits == "bengali":
            written = to_bengali_digits(written)
        start, end = to_orig(pos), to_orig(last.end)
        out.append(text[copied:start])
        out.append(written)
        copied = end
    out.append(text[copied:])
    return "".join(out)
