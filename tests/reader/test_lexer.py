from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bn_datetime as bd
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
