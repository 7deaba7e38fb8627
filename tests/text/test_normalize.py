from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bn_datetime import normalize
from bn_datetime.text.normalize import _nfc, normalize_with_map

BENGALI_HEAVY = st.text(
    alphabet=st.sampled_from(
        list("০১২৩৪৫৬৭৮৯0123456789 ,:।-/.")
        + list("কখগঘজটডঢতদনপবমযরলশসহয়ড়ঢ়ািীুূেৈোৌ্ংঃঁ়ৎ")
        + ["\u09df", "\u09dc", "\u09dd", "\u09fe", "\u09d7"]
        + ["\u200c", "\u200d", "\u200b", "\ufeff", "\u00a0", "'", "\u2019"]
    ),
    max_size=40,
)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("জানু\u09dfারি", "জানুয\u09bcারি"),  # precomposed য় → য + nukta (NFC)
        ("আষা\u09dd", "আষাঢ\u09bc"),
        ("ব\u09dc", "বড\u09bc"),
        ("১৪\u00a0সেপ্টেম্বর", "১৪ সেপ্টেম্বর"),  # NBSP
        ("১৪\u2009সেপ্টেম্বর", "১৪ সেপ্টেম্বর"),  # thin space
        ("\ufeff১৪ মে", "১৪ মে"),  # BOM
        ("স\u200cে\u200dপ্টে\u200bম্বর", "সেপ্টেম্বর"),  # zero-width characters
        ("শর\u09a4\u09cd\u200d", "শরৎ"),  # legacy khanda ta (ZWJ)
        ("উ\u09a4\u09cd\u200cসব", "উৎসব"),  # legacy khanda ta (ZWNJ)
        ("ক\u09c7\u09be", "কো"),  # split vowel sign
        ("ক\u09cd\u09bc", "ক\u09bc\u09cd"),  # virama before nukta: NFC's order is the other
        ("২০২৪\u2013০৯", "২০২৪-০৯"),  # en dash
        ("ঢাকা\u09f7", "ঢাকা।"),  # ৷ typed for the danda
        ("plain ascii", "plain ascii"),
        # the elision apostrophe of West Bengal's hours, before টা/টে/টো only
        ("ছ'টায়", "ছটায়"),
        ("ন\u2019টা", "নটা"),
        ("দু'টো", "দুটো"),
        ("সকাল ন'টেয় x", "সকাল নটেয় x"),
        ("দু'টি", "দু'টি"),  # a counter: numwords reads the apostrophe
        ("দু'একজন", "দু'একজন"),
        ("it's", "it's"),
        ("'টা'", "'টা'"),  # no letter before it
    ],
)
def test_normalize_examples(raw: str, clean: str) -> None:
    assert normalize(raw) == clean


def test_normalize_refuses_non_str() -> None:
    with pytest.raises(TypeError, match="str"):
        normalize(b"abc")  # type: ignore[arg-type]


@given(BENGALI_HEAVY)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert unicodedata.is_normalized("NFC", once)


@given(st.text(max_size=40))
def test_normalize_is_idempotent_on_any_text(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert unicodedata.is_normalized("NFC", once)


@given(st.one_of(BENGALI_HEAVY, st.text(max_size=40)))
def test_normalize_with_map_gives_normalize(text: str) -> None:
    assert normalize_with_map(text)[0] == normalize(text)


@given(BENGALI_HEAVY)
def test_offset_map_points_into_the_original(text: str) -> None:
    norm, offsets = normalize_with_map(text)
    if offsets is None:
        assert norm == text
        return
    previous = 0
    for i in range(len(norm) + 1):
        pos = offsets.to_original(i)
        assert 0 <= pos <= len(text)
        assert pos >= previous
        previous = pos


def test_offset_map_skips_removed_characters() -> None:
    norm, offsets = normalize_with_map("\u200b\u200bমে ২০২৪")
    assert offsets is not None
    assert norm == "মে ২০২৪"
    assert [offsets.to_original(i) for i in (0, 3)] == [2, 5]


def test_the_clean_class_is_left_alone_by_normalisation() -> None:
    """Every character the fast path lets through unchecked is one NFC and our table keep.

    Only the marks whose order _NEEDS_WORK checks (nukta, virama, sandhi mark) combine,
    and only ো ৌ, which _NEEDS_WORK builds from their parts, decompose canonically.
    """
    from bn_datetime.text.normalize import _CLEAN, _TABLE

    ordered = {"\u09bc", "\u09cd", "\u09fe"}
    composed = {"\u09cb", "\u09cc"}
    clean = [chr(c) for c in range(0x110000) if _CLEAN.fullmatch(chr(c))]
    assert "\n" in clean and "\u2019" in clean and "\u09df" not in clean
    for char in clean:
        assert ord(char) not in _TABLE, hex(ord(char))
        assert unicodedata.combining(char) == 0 or char in ordered, hex(ord(char))
        canonical = unicodedata.decomposition(char)
        canonical = "" if canonical.startswith("<") else canonical  # compatibility: NFC keeps
        assert canonical == "" or char in composed, hex(ord(char))
        assert unicodedata.is_normalized("NFC", char), hex(ord(char))


# Texts around each sequence the fast checks look for, and the characters of the table.
_SEQUENCE_CASES = [
    "সেপ্টেম্বর",  # nothing to do
    "ক\u09c7\u09be",  # ে + া: ো in parts
    "ক\u09c7\u09d7",  # ে + ৗ: ৌ in parts
    "\u0985\u09be",  # অ + া typed for আ
    "ক\u09fe\u09cd",  # sandhi mark before virama
    "ক\u09fe\u09bc",  # sandhi mark before nukta
    "য\u09cd\u09bc",  # virama before nukta
    "য\u09bc\u09cd",  # nukta before virama
    "\u09ac\u09bc",  # ব + nukta typed for র
    "জানুয\u09bcারি",  # a nukta alone: nothing to do
    "ছ'টায়", "দু\u2019টো",  # the elision apostrophe
    "it's ছ' টা", "'টা",  # apostrophes that are none
    "১৪\u00a0সেপ্টেম্বর\u200c", "জানু\u09dfারি\u2013ফেব\u09cd\u200dরু", "ত\u09cd\u200d", "৷\uff1a\uff0c",
    "ত\u09cd\u200c", "ক\u09cd\u200c", "\u200dত\u09cd",  # the khanda ta, and joiners that are none
    "ক\u09d7", "\u0985", "\u09bc\u09be", "\u09fe", "\u09ac\u09cd",  # the rare characters alone
]


@pytest.mark.parametrize("text", _SEQUENCE_CASES)
def test_fast_checks_answer_as_the_expressions_did(text: str) -> None:
    """The substring tests and replacements give what the one expression and
    ``str.translate`` gave; the map's text is ``normalize``'s either way."""
    from bn_datetime.text.normalize import (
        _NEEDS_WORK,
        _SPECIAL_SEQUENCES,
        _TABLE,
        _has_special_sequence,
        _needs_work,
        _translate,
    )

    for variant in (text, f"a {text} b", text * 2, f"ক{text}", f"{text}া"):
        assert _needs_work(variant) == (re.search(_NEEDS_WORK, variant) is not None)
        assert _has_special_sequence(variant) == any(seq in variant for seq in _SPECIAL_SEQUENCES)
        assert _translate(variant) == variant.translate(_TABLE)
        assert normalize_with_map(variant)[0] == normalize(variant)


_MARK_SOUP = st.text(
    alphabet=st.sampled_from(["\u09bc", "\u09cd", "\u0301", "\u0316", "\u0300", "\u0327", "ক", "া", "ে", "a", " "]),
    max_size=300,
)


@given(_MARK_SOUP)
def test_long_stretches_of_marks_normalise_as_nfc_does(text: str) -> None:
    # a long stretch of marks is put in canonical order before NFC (linear time); the
    # result is NFC's own
    assert _nfc(text) == unicodedata.normalize("NFC", text)
    assert _nfc("ক" + "\u09cd\u09bc" * 50 + text) == unicodedata.normalize("NFC", "ক" + "\u09cd\u09bc" * 50 + text)


@given(BENGALI_HEAVY, st.integers(1, 8))
def test_a_short_texts_nukta_sequences_are_the_expressions(text: str, copies: int) -> None:
    # up to _SHORT_TEXT characters by substrings, beyond by the expression: the same answer
    from bn_datetime.text.normalize import _NUKTA_WORK, _nukta_work

    for sample in (text, text * copies):
        assert _nukta_work(sample) == (re.search(_NUKTA_WORK, sample) is not None)
