from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bn_datetime as bd
from bn_datetime.lexicon._numbers import CARDINALS
from bn_datetime.reader import _lexer
from bn_datetime.reader._lexer import scan, scan_kinds
from bn_datetime.text.normalize import normalize
from tests.text.test_normalize import BENGALI_HEAVY


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", "dMy,d:dA"),
        ("প্রকাশঃ ১৪ সেপ্টেম্বর", "L:dM"),  # a visarga glued to a label is a colon
        ("১৪ সেপ্টেঃ ২০২৪", "dMy"),  # ...but part of an abbreviation
        ("২২ঃ২২", "d:d"),
        ("রাত ৯টা ৩০ মিনিট", "Pdtdm"),
        ("১০ রবিউল আউয়াল ১৪৪৬ হিজরি", "dJyQ"),  # a two-word month name is one token
        ("১০ রবিউল-আউয়াল ১৪৪৬", "dJy"),
        ("৩০ ভাদ্র ১৪৩১ বঙ্গাব্দ", "dGyK"),
        ("10:06am ডিসেম্বর 11, 2014", "d:dAMd,y"),
        ("০৬:৪২ এ.এম.", "d:dA"),
        ("(শনিবার)", "W"),
        ("সেপ্টেম্বরে জুনের শনিবারের", "MMW"),  # inflected forms
        ("২০২৪-০৯-১৪T১৮:৪২+০৬:০০", "y-d-dTd:d+d:d"),
        ("হ্যালো", "U"),
        ("১" * 12, "X"),
        ("১২৩ ১২৩৪৫", "qN"),
    ],
)
def test_kinds(text: str, kinds: str) -> None:
    assert scan_kinds(normalize(text))[0] == kinds
    assert scan(normalize(text)).kinds == kinds


def test_values() -> None:
    kinds, values = scan_kinds("১লা বৈশাখ")
    assert kinds == "doG"
    assert values == [1, "লা", 1]


def test_token_spans_point_into_the_original_text() -> None:
    text = "\u200bপ্রকাশ : ১৪ জানু\u09dfারি"
    tokens = bd.tokenize(text)
    month = next(t for t in tokens if t.kind == "M")
    assert text[month.start : month.end] == "জানু\u09dfারি"
    assert month.value == 1
    day = next(t for t in tokens if t.kind == "d")
    assert text[day.start : day.end] == "১৪"


@given(BENGALI_HEAVY)
def test_tokens_cover_the_normalised_text(text: str) -> None:
    tokens = bd.tokenize(text)
    assert "".join(t.text for t in tokens) == normalize(text)
    for a, b in itertools.pairwise(tokens):
        assert a.end <= b.start or (a.start == a.end == b.start)
        assert a.start <= a.end


@given(st.text(max_size=60))
def test_fast_and_full_scans_agree(text: str) -> None:
    norm = normalize(text)
    kinds, values = scan_kinds(norm)
    full = scan(norm)
    assert full.kinds == kinds
    assert full.values == values


@given(BENGALI_HEAVY)
def test_unknown_tokens_make_parse_errors_inside_them(text: str) -> None:
    tokens = [t for t in bd.tokenize(text) if t.kind == "U"]
    if not tokens:
        return
    with pytest.raises(bd.ParseError) as info:
        bd.parse(text)
    assert 0 <= info.value.pos <= len(text)


def test_tokenize_refuses_non_str() -> None:
    with pytest.raises(TypeError):
        bd.tokenize(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "kinds", "pieces"),
    [
        # a unit glued to its span marker is the unit and the marker (issue 14)
        ("তিন দিনব্যাপী", "duD", ["তিন", "দিন", "ব্যাপী"]),
        ("মাসব্যাপী", "uD", ["মাস", "ব্যাপী"]),
        ("দুদিনব্যাপী", "duD", ["দু", "দিন", "ব্যাপী"]),
        ("পাঁচ বছরজুড়ে", "duD", ["পাঁচ", "বছর", "জুড়ে"]),
        ("৩ সপ্তাহব্যাপী", "duD", ["৩", "সপ্তাহ", "ব্যাপী"]),
        ("দেশব্যাপী", "U", ["দেশব্যাপী"]),  # no unit: an ordinary word
    ],
)
def test_a_length_glued_to_its_span_marker(text: str, kinds: str, pieces: list[str]) -> None:
    from bn_datetime import _core

    found = scan(normalize(text))
    assert found.kinds == kinds
    assert [found.text(k) for k in range(len(found.kinds))] == pieces
    assert scan_kinds(normalize(text))[0] == kinds
    compiled = _core.compiled()
    if compiled is not None:  # the compiled scanner splits it the same way
        assert compiled[0](normalize(text)) == found
        assert compiled[1](normalize(text)) == scan_kinds(normalize(text))



# ---------------------------------------------- the fast scanner against a plain reference

_SPLIT = re.compile("([ \t\r\n]*+)(" + _lexer.SPLIT_SOURCE + ")", re.DOTALL)


def reference_scan(norm: str, *, runs: bool = False) -> _lexer.Tokens:
    """:func:`scan` as its docstring says, one piece of ``SPLIT_SOURCE`` at a time."""
    rows: list[tuple[str, object, int, int]] = []
    pos = 0
    last = _lexer.BREAK
    for space, piece in _SPLIT.findall(norm):
        pos += len(space)
        if runs and "\n" in space and last != _lexer.BREAK:
            rows.append((_lexer.BREAK, None, pos, pos))
            last = _lexer.BREAK
        found: list[tuple[str, object, int]]
        if piece[0] in "0123456789০১২৩৪৫৬৭৮৯":
            kind = _lexer._NUMBER_KINDS[len(piece)] if len(piece) < 10 else "X"
            found = [(kind, None if kind == "X" else int(piece), len(piece))]
        else:
            found = _lexer._lookup(piece)
        # an ordinary word: no Latin, dot, visarga, space or hyphen, nothing to look up
        ordinary = not (
            piece.isascii()
            or any(c in piece for c in ".ঃ -")
            or piece in _lexer.WORDS
            or piece in _lexer.SPLIT_WORDS
        )
        start = pos
        for kind, value, length in found:  # none for a bracket or quote
            # in runs, a "U" after a "U" adds nothing; nor after a line break, unless an
            # ordinary word
            if not (
                runs
                and kind == "U"
                and piece not in _lexer.WORDS
                and (last == "U" or (last == _lexer.BREAK and not ordinary))
            ):
                rows.append((kind, value, start, start + length))
                last = kind
            start += length
        pos += len(piece)
    return _lexer.Tokens(
        norm,
        "".join(r[0] for r in rows),
        [r[1] for r in rows],
        [r[2] for r in rows],
        [r[3] for r in rows],
    )


_BENGALI = [chr(c) for c in range(0x0980, 0x0A00) if re.fullmatch(f"[{_lexer.BENGALI_LETTERS}]", chr(c))]
# Words of no meaning here, some starting as a lexicon word or phrase does
_ORDINARY = ["ঢাকায়", "বড়", "সভা", "কথা", "দেশব্যাপী", "বাংলাদেশ", "সাপ্তাহিক", "রাতের", "আজকের", "ক"]
_OTHER = ["hello", "Google", "a.m.", "X", "ঢাকা.", "অতঃপর", "—", "•", "\U0001f600", "\u00a0"]
_PIECES = st.one_of(
    st.sampled_from(sorted(_lexer.WORDS)),  # words, inflections, punctuation, brackets
    st.sampled_from(sorted(_lexer.SPLIT_WORDS)),  # নয়টায়, দিনব্যাপী
    st.sampled_from([" ".join(pieces) for pieces in _lexer._PHRASES]),
    st.sampled_from([p for pieces in _lexer._PHRASES for p in pieces]),
    st.sampled_from(_ORDINARY),
    st.text(st.sampled_from(_BENGALI), min_size=1, max_size=5),  # with ঃ, signs, ৳
    st.text(st.sampled_from("০১২৩৪৫৬৭৮৯0123456789"), min_size=1, max_size=11),
    st.sampled_from(_OTHER),
)
_GAPS = st.sampled_from(
    ["", " ", " ", " ", "  ", "   ", "\t", "\r", "\n", " \n ", "\r\n", "\n\n", "-", " - "]
)
#: Text mixing lexicon words, ordinary words, phrases, numbers, punctuation, line breaks.
MIXED = st.lists(st.tuples(_PIECES, _GAPS), max_size=25).map(
    lambda parts: "".join(a + b for a, b in parts)
)


def assert_is_the_reference(norm: str) -> None:
    full = reference_scan(norm)
    assert scan(norm, runs=True) == reference_scan(norm, runs=True), norm
    assert scan(norm) == full, norm
    # short and long texts take two ways: spaces at the end make any text long
    padded = norm + " " * (_lexer._SHORT + 1)
    assert scan(padded, runs=True) == reference_scan(padded, runs=True), norm
    assert scan_kinds(norm) == scan_kinds(padded) == (full.kinds, full.values), norm


@given(MIXED)
def test_fast_scan_is_the_plain_reference(text: str) -> None:
    """The pure scanner's fast paths (runs of plain words, grouped phrases) change nothing:
    kinds, values, starts and ends, with and without runs, and scan_kinds."""
    for norm in dict.fromkeys((text, normalize(text))):
        assert_is_the_reference(norm)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("গতকাল ঢাকায় বড় সভা হয়\nরাত ৯টায়", "RU¶Pdt"),  # a run of plain words, then a break
        ("ঢাকায়  বড়\tসভা\rকথা", "U"),  # gaps of two spaces, a tab, a carriage return
        ("ঢাকায় সভা এবং কথা", "U&U"),  # a lexicon word inside a run
        ("ঢাকায় বাংলাদেশ সময় কথা", "UZU"),  # a phrase inside a run
        ("ঢাকায় বাংলাদেশ সময়ক", "U"),  # ...glued to a letter: no phrase
        ("ঢাকায় রাত নয়টায় কথা", "UPdtU"),  # a word the lexer splits
        ("ঢাকায় কথা. সভা", "U"),  # a dotted word is one piece, a "U" like the rest
        ("ঢাকায় কথা। সভা", "U|U"),  # a দাঁড়ি ends the run
        ("ঢাকায় অন্তঃসত্ত্বা সভা", "U"),  # a visarga inside a word: one more ordinary word
        ("প্রকাশঃ সভা", "L:U"),
        ("hello ঢাকায়\nhello সভা", "U¶U"),  # a Latin word after a break is no boundary
        ("ঢাকায় • সভা", "U"),  # another character is an ordinary word
        ("১৪ ঢাকায় ১৫  \n ", "dUd"),  # spaces at the end
    ],
)
def test_runs_of_plain_words(text: str, kinds: str) -> None:
    norm = normalize(text)
    assert scan(norm, runs=True).kinds == kinds
    assert_is_the_reference(norm)


def test_the_pure_scanners_table_is_the_words_and_small_numbers() -> None:
    """No word starts with a digit (the table is looked up before a number is read)."""
    assert not [w for w in _lexer.WORDS if w[:1] in _lexer._DIGIT_CHARS]
    known = _lexer._known()
    assert len(known) == len(_lexer.WORDS) + 20 + 400
    assert (known["০৯"], known["1২"]) == (("d", 9), ("d", 12))


def test_the_fast_expression_is_the_split_expression() -> None:
    """The same expression but for its phrases' grouping; a plain word's letters are the
    Bengali letters but the visarga."""
    flat = _lexer._phrase_pattern(_lexer._PHRASES)
    grouped = _lexer._phrase_pattern_by_head(_lexer._PHRASES)
    assert _lexer.SPLIT_SOURCE.replace(flat, grouped, 1) == _lexer._FAST_SOURCE
    plain = {c for c in _BENGALI if re.fullmatch(f"[{_lexer._PLAIN_LETTERS}]", c)}
    assert plain == set(_BENGALI) - {"ঃ"}


_PHRASE_PIECES = [p for pieces in _lexer._PHRASES for p in pieces]


@given(st.lists(st.sampled_from([*_PHRASE_PIECES, " ", "-", "  ", "ক", ""]), max_size=8))
def test_grouped_phrases_match_as_the_flat_ones(parts: list[str]) -> None:
    text = "".join(parts)
    after = f"(?![{_lexer.BENGALI_LETTERS}])"
    flat = re.compile(f"(?:{_lexer._phrase_pattern(_lexer._PHRASES)}){after}")
    grouped = re.compile(f"(?:{_lexer._phrase_pattern_by_head(_lexer._PHRASES)}){after}")
    for start in range(len(text) + 1):
        a, b = flat.match(text, start), grouped.match(text, start)
        assert (a and a.span()) == (b and b.span())


def test_spaces_at_the_end_take_linear_time() -> None:
    """Trailing spaces are no token: the split stops before them, not retried from each."""
    text = "১৪ ঢাকায়" + " " * 200_000
    for runs in (False, True):
        assert scan(text, runs=runs).kinds == "dU"
    assert scan_kinds(text) == ("dU", [14, None])


@pytest.mark.parametrize(
    ("text", "kinds", "values"),
    [
        ("একাত্তরের ২৫ মার্চ", "dxdM", [71, None, 25, 3]),
        ("চব্বিশের", "dx", [24, None]),
        ("নব্বইয়ের দশকে", "dxb", [90, None, None]),
        ("বাহান্নর", "dx", [52, None]),
    ],
)
def test_a_two_digit_number_glued_to_its_genitive_is_the_number_and_er(text: str, kinds: str, values: list[object]) -> None:
    tokens = scan(normalize(text))
    assert (tokens.kinds, tokens.values) == (kinds, values)


def _every_glued_form() -> tuple[dict[str, tuple[str, object]], dict[str, object]]:
    """The glued tables spelled out as their rule says, one normalize per word, for
    comparison with the lexer's faster construction: a cardinal glued to বার or to a
    unit; a unit glued to its span marker, a cardinal perhaps before it."""
    lx = bd.lexicon
    counts: dict[str, tuple[str, object]] = {}
    spans: dict[str, object] = {}
    stems = [
        (normalize(name), value)
        for value, names in CARDINALS
        for name in names
        if normalize(name) not in _lexer._NOT_NUMBERS
    ]
    units = [(unit, normalize(s)) for unit, spellings in lx.UNITS for s in spellings if not s.isascii()]
    for stem, value in stems:
        for ending in lx.TIMES_WORDS:
            counts.setdefault(stem + normalize(ending), ("B", value))
        for unit, spelling in units:
            counts.setdefault(stem + spelling, ("c", (value, unit)))
    for unit, spelling in units:
        for marker in map(normalize, lx.GLUED_SPAN_MARKERS):
            tail = (("u", unit, len(spelling)), ("D", None, len(marker)))
            spans.setdefault(spelling + marker, tail)
            for stem, value in stems:
                spans.setdefault(stem + spelling + marker, (("d", value, len(stem)), *tail))
    return counts, spans


def test_the_glued_tables_are_every_glued_form() -> None:
    """Same words, same readings, same order as the rule spelled out (issue 16: the
    tables are built at import, so their construction is kept cheap)."""
    counts, spans = _every_glued_form()
    assert list(_lexer._glued_counts().items()) == list(counts.items())
    assert list(_lexer._glued_spans().items()) == list(spans.items())
    others = {**_lexer._NUMBER_WORDS, **_lexer._inflected(_lexer._LEXICON_WORDS), **_lexer._LEXICON_WORDS}
    for word, reading in counts.items():  # a word of the lexicon or a number wins
        assert _lexer.WORDS[word] == others.get(word, reading)
    taken = _lexer._LEXICON_WORDS.keys() | _lexer._NUMBER_WORDS.keys()
    merged = {**spans, **_lexer._genitive_years(taken)}
    expected = {w: p for w, p in merged.items() if w not in _lexer.CLOCK_WORDS}
    assert list(_lexer.GLUED_SPANS.items()) == list(expected.items())
    assert list(_lexer.SPLIT_WORDS) == [*_lexer.CLOCK_WORDS, *expected]
