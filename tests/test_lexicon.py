"""Integrity of the hand-edited word data (bn_datetime/lexicon)."""

from __future__ import annotations

import unicodedata
from collections import defaultdict

import pytest

from bn_datetime import lexicon as lx
from bn_datetime.reader.components import hour_from_period, period_of_hour

ZERO_WIDTH = set("\u200b\u200c\u200d\u2060\ufeff")


def all_entries() -> list[tuple[str, str, object]]:
    """(category, word, value) for every word in the lexicon."""
    rows: list[tuple[str, str, object]] = []
    for category, table in [
        ("month", lx.MONTHS),
        ("bangla month", lx.BANGLA_MONTHS),
        ("hijri month", lx.HIJRI_MONTHS),
        ("weekday", lx.WEEKDAYS),
        ("ampm", lx.AMPM),
        ("fraction", lx.FRACTION_WORDS),
        ("clock word", lx.HOUR_FRACTION_WORDS),
        ("relative day", lx.RELATIVE_DAYS),
        ("season", lx.SEASONS),
        ("zone", lx.ZONE_WORDS),
        ("every unit", lx.EVERY_UNIT),
        ("ordinal word", lx.WEEKDAY_ORDINALS),
        ("duration modifier", lx.DURATION_MODIFIERS),
        ("approx unit", lx.APPROX_UNITS),
        ("unit", lx.UNITS),
        ("direction", lx.DIRECTIONS),
        ("relative modifier", lx.RELATIVE_MODIFIERS),
    ]:
        for value, words in table:
            rows += [(category, w, value) for w in words]
    for period in lx.DAY_PERIODS:
        rows += [("day period", w, period.name) for w in period.words]
    for category, words in [
        ("oclock", lx.OCLOCK_SUFFIXES),
        ("minute", lx.MINUTE_WORDS),
        ("second", lx.SECOND_WORDS),
        ("ordinal", lx.ORDINAL_SUFFIXES),
        ("label", lx.LABELS),
        ("gregorian era", lx.GREGORIAN_ERAS),
        ("bangla era", lx.BANGLA_ERAS),
        ("hijri era", lx.HIJRI_ERAS),
        ("year word", lx.YEAR_WORDS),
        ("filler", lx.FILLERS),
        ("now", lx.NOW_WORDS),
        ("range from", lx.RANGE_FROM),
        ("range until", lx.RANGE_UNTIL),
        ("conjunction", lx.CONJUNCTIONS),
        ("every", lx.EVERY),
        ("weekly off", lx.WEEKLY_OFF),
        ("except", lx.EXCEPT),
        ("span marker", lx.SPAN_MARKERS),
        ("age", lx.AGE_WORDS),
        ("approx", lx.APPROX_WORDS),
        ("fiscal year", lx.FISCAL_YEAR_WORDS),
        ("oclock word", lx.OCLOCK_WORDS),
        ("after the day", lx.AFTER_DAY_WORDS),
    ]:
        rows += [(category, w, None) for w in words]
    return rows


@pytest.mark.parametrize(("category", "word", "value"), all_entries())
def test_every_word_is_clean_nfc(category: str, word: str, value: object) -> None:
    assert unicodedata.is_normalized("NFC", word), (category, word)
    assert not ZERO_WIDTH & set(word), (category, word)
    assert word == word.strip()
    assert "\u09dc" not in word and "\u09dd" not in word and "\u09df" not in word


def test_no_word_means_two_things() -> None:
    meanings: dict[str, set[tuple[str, object]]] = defaultdict(set)
    for category, word, value in all_entries():
        if category == "season":  # seasons are not tokens; they may share words with nothing
            continue
        meanings[word.lower().replace(".", "")].add((category, value))
    clashes = {w: m for w, m in meanings.items() if len(m) > 1}
    assert clashes == {}


# Words that are a prefix of another word of a different meaning. Each is a conscious
# decision: the tokenizer reads whole words (a word ends where the Bengali letters end,
# and phrases are matched whole), so a prefix never matches inside a longer word.
ALLOWED_PREFIXES = {
    ("th", "thu"),  # "28th" vs "Thu"
    ("th", "thurs"),
    ("th", "thursday"),
    ("আগ", "আগামীকাল"),  # CLDR's August abbreviation vs "tomorrow"
    ("জুল", "জুলকাদা"),  # CLDR's July abbreviation vs a Hijri month
    ("জুল", "জুলহিজ্জা"),
    ("বাং", "বাংলাদেশ গ্রীষ্মকালীন সময়"),  # Bangla-era abbreviation vs zone phrases
    ("বাং", "বাংলাদেশ মানক সময়"),
    ("বাং", "বাংলাদেশ সময়"),
    ("বাং", "বাংলাদেশ সময়ে"),
    ("রবি", "রবিউল আউয়াল"),  # Sunday (short) vs Hijri months
    ("রবি", "রবিউল আওয়াল"),
    ("রবি", "রবিউল আখির"),
    ("রবি", "রবিউস ছানি"),
    ("রবি", "রবিউস সানি"),
    ("রবি", "রবিউস সানী"),
    ("রবি", "রবিউলআউয়াল"),  # … and the same written as one word
    ("রবি", "রবিউলআওয়াল"),
    ("রবি", "রবিউলআখির"),
    ("রবি", "রবিউসছানি"),
    ("রবি", "রবিউসসানি"),
    ("রবি", "রবিউসসানী"),
    ("দিবা", "দিবাগত"),  # an almanac's day (দিবা ১০/১২/৩০) vs the night after a day
    ("রা", "রাত"),  # the ordinal suffix of ২রা vs night
    ("রা", "রাতে"),
    ("রা", "রাতের"),
    ("রা", "রাত্রি"),
    ("রা", "রাত্রে"),
    ("রা", "রামাদান"),
    ("রা", "রামাযান"),
    ("শে", "শেষ"),  # the ordinal suffix of ২১শে vs the label শেষ আপডেট
    ("সন", "সন্ধে"),  # the year word vs evening
    ("সন", "সন্ধেয়"),
    ("সন", "সন্ধ্যা"),
    ("সন", "সন্ধ্যায়"),
    ("সন", "সন্ধ্যার"),
    # units, relative words and span words (whole words: a unit is not read inside
    # ঘণ্টাখানেক, nor প্রতি inside প্রতিদিন)
    ("mon", "month"),
    ("mon", "monthly"),
    ("mon", "months"),
    ("month", "monthly"),
    ("th", "this"),
    ("week", "weekly"),
    ("year", "yearly"),
    ("আগ", "আগামী"),
    ("আগ", "আগে"),
    ("আগামী", "আগামীকাল"),
    ("আগ", "আগামী কাল"),  # আগামীকাল in two words
    ("আগামী", "আগামী কাল"),
    ("এই", "এইমাত্র"),
    ("গত", "গতকাল"),
    ("ঘণ্টা", "ঘণ্টাখানেক"),
    ("ঘন্টা", "ঘন্টাখানেক"),
    ("দিন", "দিনখানেক"),
    ("পর", "পরবর্তী"),
    ("টা", "টানা"),  # o'clock glued to its number (৫টা); টানা (in a row) is a word of its own
    ("পর", "পর্যন্ত"),
    ("প্রতি", "প্রতিদিন"),
    ("প্রতি", "প্রতিদিনই"),
    ("প্রতি", "প্রতিবছর"),
    ("প্রতি", "প্রতিবছরই"),
    ("প্রতি", "প্রতিবছরে"),
    ("প্রতি", "প্রতিবছরের"),
    ("প্রতি", "প্রতিমাসে"),
    ("প্রতি", "প্রতিমাসের"),
    ("প্রতি", "প্রতিসপ্তাহে"),
    ("প্রতি", "প্রতিসপ্তাহের"),
    ("বছর", "বছরখানেক"),
    ("মাস", "মাসখানেক"),
    ("মি", "মিনিটখানেক"),
    ("মিনিট", "মিনিটখানেক"),
    ("শে", "শেষ আপডেট"),
    ("শে", "শেষ হালনাগাদ"),
    ("শেষ", "শেষ আপডেট"),
    ("শেষ", "শেষ হালনাগাদ"),
    ("দিন", "দিনগত"),  # a day vs the night after it
    ("শে", "শেষ আপডেটঃ"),
    ("শেষ", "শেষ আপডেটঃ"),
    ("সপ্তাহ", "সপ্তাহখানেক"),
}


def test_prefix_clashes_are_listed() -> None:
    words = {(w.lower(), c) for c, w, _ in all_entries() if c != "season"}
    clashes = {
        (a, b)
        for a, ca in words
        for b, cb in words
        if a != b and ca != cb and len(a) >= 2 and b.startswith(a)
    }
    assert clashes == ALLOWED_PREFIXES


def test_day_periods_cover_the_day_and_round_trip() -> None:
    for hour in range(24):
        period = period_of_hour(hour)
        assert hour_from_period(period, hour % 12 or 12) == hour


def test_canonical_names_agree_with_cldr() -> None:
    babel = pytest.importorskip("babel")
    locale = babel.Locale.parse("bn")
    months = locale.months["format"]["wide"]
    short_months = locale.months["format"]["abbreviated"]
    for number, names in lx.MONTHS:
        assert unicodedata.normalize("NFC", months[number]) == names[0]
        assert unicodedata.normalize("NFC", short_months[number]) == names[1]
    days = locale.days["format"]["wide"]
    for weekday, names in lx.WEEKDAYS:
        assert unicodedata.normalize("NFC", days[weekday]) == names[0]


# The sentence cues of search (bn_datetime.reader.sentences) are words read once per sentence,
# not tokens: one may stand in two lists (থাকতো is a schedule's and a habit's), but each is
# clean NFC, one word, and none is a token of the scanner.
CUE_WORDS = [
    *lx.SCHEDULE_WORDS,
    *lx.WEEKLY_WORDS,
    *lx.DAY_OFF_PHRASE,
    *lx.CLOSED_WORDS,
    *lx.NAMED_DAY_WORDS,
    *lx.START_WORDS,
    *lx.END_WORDS,
]


@pytest.mark.parametrize("word", CUE_WORDS)
def test_sentence_cues_are_clean_single_words(word: str) -> None:
    assert unicodedata.is_normalized("NFC", word)
    assert not ZERO_WIDTH & set(word)
    assert word == word.strip() and " " not in word
    assert "\u09dc" not in word and "\u09dd" not in word and "\u09df" not in word
    token_words = {w for _, w, _ in all_entries()}
    # শেষ is also "the last" (a weekday ordinal), দিন also the unit "day"
    assert word not in token_words or word in (*lx.END_WORDS, lx.DAY_OFF_PHRASE[1])


# Phrases and words the sentence rules read in the text (bn_datetime/sentences.py): clean NFC.
PHRASES = [
    *(phrase for phrase, _, _ in lx.FIXED_DAYS),
    *lx.SAME_DAY_WORDS,
    *lx.REPORT_VERBS,
    *lx.REPLACED_BY,
    *lx.MIDNIGHT_WORDS,
]


@pytest.mark.parametrize("phrase", PHRASES)
def test_sentence_phrases_are_clean(phrase: str) -> None:
    assert unicodedata.is_normalized("NFC", phrase)
    assert not ZERO_WIDTH & set(phrase)
    assert phrase == phrase.strip() and "  " not in phrase
    assert "\u09dc" not in phrase and "\u09dd" not in phrase and "\u09df" not in phrase


def test_fixed_days_exist() -> None:
    import datetime

    # sentences.py looks for them only in a sentence with দিবস, or a text with the one other
    assert len([p for p, _, _ in lx.FIXED_DAYS if not p.endswith("দিবস")]) == 1

    for _, bangladesh, india in lx.FIXED_DAYS:
        for fixed in (bangladesh, india):
            if fixed is not None:
                datetime.date(2024, *fixed)


# Words search reads beside a match by their beginning (টাকায়, পরপর), not lexer words:
# clean NFC like the rest.
@pytest.mark.parametrize("word", [*lx.AMOUNT_WORDS, *lx.REPEAT_WORDS])
def test_search_neighbour_words_are_clean_nfc(word: str) -> None:
    assert unicodedata.is_normalized("NFC", word) and word == word.strip()
    assert not ZERO_WIDTH & set(word)
