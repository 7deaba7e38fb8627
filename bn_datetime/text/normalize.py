"""The door of the pipeline: one normal form for everything that follows.

``normalize`` returns NFC text with zero-width characters removed, every kind of
space written as U+0020, dash variants as ``-``, the mistyped danda ``৷`` as ``।``,
``ত্‍`` as ``ৎ`` and ``ব়`` (a common mistype) as ``র``, and drops the elision apostrophe
of West Bengal's hours (``ছ'টায়``, ``ন'টা``, ``দু'টো`` become ``ছটায়``, ``নটা``, ``দুটো``):
an apostrophe (``'`` or ``’``) between a Bengali letter and ``টা``/``টে``/``টো``. NFC keeps য় ড় ঢ় as base letter plus
nukta (they are composition exclusions), so the precomposed code points that many
sites use and the two-code-point form become the same string.

>>> normalize("জানু\u09dfারি") == normalize("জানুয\u09bcারি")
True
>>> normalize("১৪\u00a0সেপ্টেম্বর\u200c")
'১৪ সেপ্টেম্বর'
>>> normalize(normalize("ত্\u200d")) == "ৎ"
True

Digits are left alone here: see :mod:`bn_datetime.text.digits`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import cache, lru_cache
from typing import Final

__all__ = ["OffsetMap", "normalize", "normalize_with_map"]

# Characters removed outright: zero-width space/joiners, word joiner, BOM, soft hyphen,
# and the invisible separators/format characters browsers leave in copied text.
_REMOVED = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u2061\u2062\u2063\u2064\u180e"
# Every Unicode space separator (category Zs) but U+0020 itself.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"

_TABLE: dict[int, str | None] = {ord(c): None for c in _REMOVED}
_TABLE.update({ord(c): " " for c in _SPACES})
_TABLE.update({ord(c): "-" for c in _DASHES})
_TABLE.update(
    {
        0x09F7: "\u0964",  # ৷ (currency numerator four) typed for the danda ।
        0x09DC: "\u09a1\u09bc",  # ড়
        0x09DD: "\u09a2\u09bc",  # ঢ়
        0x09DF: "\u09af\u09bc",  # য়
        0xFF1A: ":",  # fullwidth colon
        0xFF0C: ",",  # fullwidth comma
    }
)
_TABLE_CLASS: Final = "".join(re.escape(chr(c)) for c in _TABLE)
_TABLE_CHARS: Final = f"[{_TABLE_CLASS}]"
_TABLE_TEXT: Final = {chr(c): r or "" for c, r in _TABLE.items()}

# Text made only of these characters, and free of the sequences below, is already in
# our normal form; checking that is much cheaper than transforming it.
_CLEAN = re.compile(
    r"[\t\n\r\x20-\x7e\u0964\u0965\u0981-\u09db\u09de\u09e0-\u09f6\u09f8-\u09fe"
    r"\u2018-\u201f\u2022\u2026]*"  # and the quotes, bullet and ellipsis of web text
)
# The elision apostrophe of an hour before its o'clock suffix: ছ'টায়, ন'টা, দু'টো. The
# apostrophe comes first and the letter before it is looked behind for, so that the regex
# engine skips to the next apostrophe instead of trying the look-behind at every character.
_AFTER_ELISION: Final = "(?<=[\u0980-\u09fe]['\u2019])(?=\u099f[\u09be\u09c7\u09cb])"
_ELISION: Final = "['\u2019]" + _AFTER_ELISION
# The same, one apostrophe at a time (one character first: a fast scan to the next).
_ELISION_AT: Final = "{0}(?<=[\u0980-\u09fe]{0})(?=\u099f[\u09be\u09c7\u09cb])"
# ... and these sequences: NFC compositions (ো ৌ), marks out of canonical order (virama or
# the sandhi mark before nukta, the sandhi mark before virama), and the mistypes below.
_NEEDS_WORK: Final = (
    "\u09c7[\u09be\u09d7]|\u09bc\u09cd|\u09cd\u09bc|\u09fe[\u09bc\u09cd]|\u09ac\u09bc|\u0985\u09be|"
    + _ELISION
)


@cache
def _compiled(source: str) -> re.Pattern[str]:
    """One of the module's expressions, compiled when first needed: most are for text that
    needs work, and a text in the normal form (the usual) needs only ``_CLEAN``."""
    return re.compile(source)


#: The sequences of _NEEDS_WORK with the nukta, found at the nukta: the engine skips to
#: the next one in a fast loop (a class of several Bengali characters first is tested at
#: every character, as slow as an alternation).
_NUKTA_WORK: Final = "\u09bc(?:\u09cd|(?<=[\u09cd\u09fe\u09ac]\u09bc))"


def _needs_work(text: str) -> bool:
    """Whether the expression ``_NEEDS_WORK`` is found in ``text``: each sequence with a
    rare character (ৗ, the sandhi mark ৾, অ, an apostrophe) only when a one-character test
    finds that character, those with the nukta by one expression, ে + া by a substring
    test (each a fast scan in C; the alternation tried at every character was most of
    :func:`normalize`'s time, and a substring test for each two-character sequence most
    of what was left).

    >>> [_needs_work(s) for s in ("সেপ্টেম্বর", "ে\u09be", "ছ'টায়", "it's", "য\u09cd\u09bc")]
    [False, True, True, False, True]
    """
    return (
        "\u09c7\u09be" in text
        or ("\u09d7" in text and "\u09c7\u09d7" in text)
        or ("\u09fe" in text and ("\u09fe\u09cd" in text or "\u09fe\u09bc" in text))
        or ("\u0985" in text and "\u0985\u09be" in text)
        or ("\u09bc" in text and _nukta_work(text))
        or ("'" in text and _compiled(_ELISION_AT.format("'")).search(text) is not None)
        or ("\u2019" in text and _compiled(_ELISION_AT.format("\u2019")).search(text) is not None)
    )


#: Up to this length, a text's nukta sequences are looked for as three substrings (a short
#: text: the call of one expression costs more than the scans); beyond, by the expression.
_SHORT_TEXT: Final = 160


def _nukta_work(text: str) -> bool:
    """Whether ``text`` holds a sequence of :data:`_NUKTA_WORK`.

    >>> [_nukta_work(s) for s in ("জানুয\u09bcারি", "য\u09cd\u09bc", "ব\u09bc", "ক\u09bc\u09cd")]
    [False, True, True, True]
    """
    if len(text) <= _SHORT_TEXT:
        return "\u09bc\u09cd" in text or "\u09cd\u09bc" in text or "\u09ac\u09bc" in text or "\u09fe\u09bc" in text
    return _compiled(_NUKTA_WORK).search(text) is not None


_KHANDA_TA: Final = "\u09a4\u09cd[\u200c\u200d]"
_SEQUENCES = (
    ("\u09ac\u09bc", "\u09b0"),  # ব + nukta typed for র
    ("\u0985\u09be", "\u0986"),  # অ + া typed for আ
)


def _is_normal(text: str) -> bool:
    """Already in the normal form, judged without ``unicodedata`` (whose NFC check is slow
    on Bengali: most of its marks are "maybe" for the quick check). In ASCII and the
    Bengali block the only NFC changes are the compositions and orderings _NEEDS_WORK
    lists, and the precomposed য় ড় ঢ়, which _CLEAN leaves out."""
    return _CLEAN.fullmatch(text) is not None and not _needs_work(text)


def normalize(text: str) -> str:
    """Return ``text`` in the pipeline's single normal form (see the module docstring).

    Idempotent: ``normalize(normalize(s)) == normalize(s)`` for every string.

    >>> normalize("১৪ সেপ্টেম্বর ২০২৪")
    '১৪ সেপ্টেম্বর ২০২৪'
    >>> normalize("a\u2013b")
    'a-b'
    """
    if not isinstance(text, str):
        msg = f"normalize() needs a str, not {type(text).__name__}"
        raise TypeError(msg)
    if _is_normal(text):
        return text
    return _transform(text)


def _translate(text: str) -> str:
    """``text.translate(_TABLE)``: each of its characters of the table replaced (at most as
    many passes as the table has characters; no replacement holds a character of the
    table, so the order does not matter). ``str.translate`` looks every character of the
    text up in the table one at a time, several times slower on Bengali.

    >>> _translate("১৪\u00a0জানু\u09dfারি\u200b") == "১৪ জানুয\u09bcারি"
    True
    """
    for char in set(_compiled(_TABLE_CHARS).findall(text)):
        text = text.replace(char, _TABLE_TEXT[char])
    return text


def _transform(text: str) -> str:
    if "\u200d" in text or "\u200c" in text:
        text = _compiled(_KHANDA_TA).sub("\u09ce", text)
    text = _translate(text)
    if _is_normal(text):  # the usual case: only spaces or য় ড় ঢ় needed rewriting
        return text
    text = _nfc(text)
    for old, new in _SEQUENCES:
        if old in text:
            text = text.replace(old, new)
    if "'" in text or "\u2019" in text:
        text = _compiled(_ELISION).sub("", text)
    # A replacement can expose a new NFC opportunity (rare); a second pass is a no-op otherwise.
    return _nfc(text)


#: A stretch of combining marks longer than this is put in canonical order before NFC.
_LONG_MARKS: Final = 32


def _nfc(text: str) -> str:
    """NFC in time proportional to the text. CPython orders a stretch of combining marks by
    insertion, in time quadratic in its length (``ক`` and 16,000 nukta-virama pairs: 0.7 s);
    a stretch longer than any real cluster is put in canonical order first (by combining
    class, in the order written within a class), which gives the same NFC: the text is
    canonically equivalent.

    >>> _nfc("ক" + "\u09cd\u09bc" * 40) == "ক" + "\u09bc" * 40 + "\u09cd" * 40
    True
    """
    if unicodedata.is_normalized("NFC", text):
        return text
    if len(text) > _LONG_MARKS:
        marks = frozenset(char for char in set(text) if unicodedata.combining(char))
        if marks:
            text = _long_marks(marks).sub(_in_canonical_order, text)
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=64)
def _long_marks(marks: frozenset[str]) -> re.Pattern[str]:
    """A stretch of more than _LONG_MARKS of these marks (a class tried from each mark at
    most _LONG_MARKS characters far before it fails: linear)."""
    return re.compile(f"[{''.join(re.escape(m) for m in sorted(marks))}]{{{_LONG_MARKS + 1},}}")


def _in_canonical_order(stretch: re.Match[str]) -> str:
    """A stretch of marks by combining class, each class's marks in the order written: one
    ``str.translate`` per class present (each keeps that class's marks)."""
    text = stretch.group()
    by_class: dict[int, list[str]] = {}
    for char in set(text):
        by_class.setdefault(unicodedata.combining(char), []).append(char)
    if len(by_class) == 1:
        return text
    parts = []
    for ccc in sorted(by_class):
        others = {ord(char): None for key, chars in by_class.items() if key != ccc for char in chars}
        parts.append(text.translate(others))
    return "".join(parts)


class OffsetMap:
    """Maps offsets in normalised text back to offsets in the original text.

    Exact at every boundary between characters that normalisation did not merge or
    split; inside a merged cluster every offset maps to the cluster's start.
    """

    __slots__ = ("_norm_starts", "_orig_len", "_orig_starts")

    def __init__(self, norm_starts: list[int], orig_starts: list[int], orig_len: int) -> None:
        self._norm_starts = norm_starts
        self._orig_starts = orig_starts
        self._orig_len = orig_len

    def to_original(self, pos: int) -> int:
        """Offset in the original text for offset ``pos`` of the normalised text."""
        if not self._norm_starts:
            return min(pos, self._orig_len)
        i = bisect_right(self._norm_starts, pos) - 1
        if i < 0:
            return 0
        if self._norm_starts[i] == pos:
            return self._orig_starts[i]
        # inside a chunk: a chunk of one-to-one characters maps linearly.
        return min(self._orig_starts[i] + (pos - self._norm_starts[i]), self._chunk_end(i))

    def _chunk_end(self, i: int) -> int:
        if i + 1 < len(self._orig_starts):
            return self._orig_starts[i + 1]
        return self._orig_len


# What normalisation rewrites, as single characters or short sequences; everything
# between two of these is copied unchanged. Each alternative is looked behind for after
# its first character, so the engine skips from one possible first character to the next.
_SPECIAL: Final = (
    f"[\u09a4\u09c7\u09ac\u0985'\u2019{_TABLE_CLASS}]"
    "(?:(?<=\u09a4)\u09cd[\u200c\u200d]|(?<=\u09c7)[\u09be\u09d7]|(?<=\u09ac)\u09bc|(?<=\u0985)\u09be"
    f"|{_AFTER_ELISION}|(?<=[{_TABLE_CLASS}]))"
)
#: The sequences among them: a text with none of these (the usual) needs only ...
_SPECIAL_SEQUENCES: Final = (
    "\u09a4\u09cd\u200c", "\u09a4\u09cd\u200d", "\u09c7\u09be", "\u09c7\u09d7", "\u09ac\u09bc", "\u0985\u09be"
)
#: ... this: the elision apostrophe and the characters of _TABLE (rare in any text).
_SPECIAL_CHARS: Final = f"['\u2019{_TABLE_CLASS}](?:{_AFTER_ELISION}|(?<=[{_TABLE_CLASS}]))"
_REPLACEMENTS: Final[dict[str, str]] = {
    "\u09a4\u09cd\u200d": "\u09ce",
    "\u09a4\u09cd\u200c": "\u09ce",
    "\u09c7\u09be": "\u09cb",
    "\u09c7\u09d7": "\u09cc",
    "'": "",  # only where _ELISION matched: other apostrophes are copied
    "\u2019": "",
    **dict(_SEQUENCES),
    **_TABLE_TEXT,
}


def normalize_with_map(text: str) -> tuple[str, OffsetMap | None]:
    """Return ``(normalize(text), offset_map)``; the map is ``None`` when nothing changed.

    >>> norm, m = normalize_with_map("\u200bমে ২০২৪")
    >>> norm, m.to_original(0), m.to_original(3)
    ('মে ২০২৪', 1, 4)

    Runs in time proportional to the text, copying the unchanged stretches between the
    characters normalisation rewrites.
    """
    if not isinstance(text, str):
        msg = f"normalize_with_map() needs a str, not {type(text).__name__}"
        raise TypeError(msg)
    if _is_normal(text):
        return text, None
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    pieces: list[str] = []
    n = 0
    pos = 0
    special = _SPECIAL if _has_special_sequence(text) else _SPECIAL_CHARS
    for m in _compiled(special).finditer(text):
        start, end = m.span()
        if start > pos:
            norm_starts.append(n)
            orig_starts.append(pos)
            pieces.append(text[pos:start])
            n += start - pos
        replacement = _REPLACEMENTS[m.group()]
        if replacement:
            norm_starts.append(n)
            orig_starts.append(start)
            pieces.append(replacement)
            n += len(replacement)
        pos = end
    if pos < len(text):
        norm_starts.append(n)
        orig_starts.append(pos)
        pieces.append(text[pos:])
    result = "".join(pieces)
    # The rewrites left text that NFC and the sequence rules would not touch again:
    # this is normalize(text), found without a second pass over it.
    if _is_normal(result) or (not _needs_work(result) and unicodedata.is_normalized("NFC", result)):
        if result == text:
            return text, None
        return result, OffsetMap(norm_starts, orig_starts, len(text))
    norm = normalize(text)
    if norm == text:
        return norm, None
    return norm, _cluster_map(text, norm)


def _has_special_sequence(text: str) -> bool:
    """Whether one of :data:`_SPECIAL_SEQUENCES` is in ``text``, each looked for as
    :func:`_needs_work` looks: after a one-character test for a rare character of its
    own (a joiner, ৗ, অ, the nukta), ে + া by a substring test.

    >>> [_has_special_sequence(s) for s in ("সেপ্টেম্বর", "ত\u09cd\u200d", "\u0985\u09be", "জানুয\u09bcারি")]
    [False, True, True, False]
    """
    return (
        "\u09c7\u09be" in text
        or ("\u09d7" in text and "\u09c7\u09d7" in text)
        or ("\u200c" in text and "\u09a4\u09cd\u200c" in text)
        or ("\u200d" in text and "\u09a4\u09cd\u200d" in text)
        or ("\u0985" in text and "\u0985\u09be" in text)
        or ("\u09bc" in text and _compiled("\u09bc(?<=\u09ac\u09bc)").search(text) is not None)
    )


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M" or ch in _REMOVED


def _cluster_map(text: str, norm: str) -> OffsetMap:
    """The slow, general map: normalise cluster by cluster (a base and its marks).

    Needed only when NFC itself changed something beyond the rewrites above (text in
    another script, marks out of canonical order); joining the pieces gives ``norm``
    again for all but exotic inputs, which fall back to a coarse, still monotone map.
    """
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    pieces: list[str] = []
    n = 0
    i = 0
    length = len(text)
    while i < length:
        j = i + 1
        while j < length and _is_mark(text[j]):
            j += 1
        piece = _transform(text[i:j])
        if piece:
            norm_starts.append(n)
            orig_starts.append(i)
            pieces.append(piece)
            n += len(piece)
        i = j
    if "".join(pieces) != norm:
        return OffsetMap([0], [0], length)
    return OffsetMap(norm_starts, orig_starts, length)
