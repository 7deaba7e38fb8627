"""Month, season and era words of the Bangla (বঙ্গাব্দ) and Hijri calendars."""

from __future__ import annotations

from typing import Final

# (month 1-12 with বৈশাখ = 1; canonical Bangla Academy spelling first, then variants)
BANGLA_MONTHS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (1, ("বৈশাখ", "বোশেখ", "boishakh", "baishakh", "baisakh", "vaisakha")),
    (2, ("জ্যৈষ্ঠ", "জৈষ্ঠ", "জৈষ্ঠ্য", "জ্যৈষ্ঠ্য", "জেষ্ঠ", "জষ্টি", "jyoishtho", "joishtho", "jaishtha", "jyaistha")),
    (3, ("আষাঢ়", "আষাড়", "আসাঢ়", "asharh", "ashar", "asadha")),
    (4, ("শ্রাবণ", "শ্রাবন", "শাওন", "srabon", "shraban", "sraban", "shravana")),
    (5, ("ভাদ্র", "ভাদর", "bhadro", "bhadra")),
    (6, ("আশ্বিন", "আশিন", "ashshin", "ashwin", "aswin", "ashvin")),
    (7, ("কার্তিক", "কার্ত্তিক", "কাতি", "kartik", "kartick", "karttika")),
    (8, ("অগ্রহায়ণ", "অগ্রহায়ন", "অঘ্রাণ", "অঘ্রান", "আঘন", "ogrohayon", "agrahayan", "aghran")),
    (9, ("পৌষ", "poush", "pous", "pausha")),
    (10, ("মাঘ", "magh", "magha")),
    (11, ("ফাল্গুন", "ফাগুন", "ফালগুন", "falgun", "phalgun", "phalguna")),
    (12, ("চৈত্র", "চোত", "choitro", "chaitra")),
)

# (first month, season name and its -কাল form) — two months each, from বৈশাখ.
SEASONS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (1, ("গ্রীষ্ম", "গ্রীষ্মকাল")),
    (3, ("বর্ষা", "বর্ষাকাল")),
    (5, ("শরৎ", "শরত", "শরৎকাল")),
    (7, ("হেমন্ত", "হেমন্তকাল")),
    (9, ("শীত", "শীতকাল")),
    (11, ("বসন্ত", "বসন্তকাল")),
)

BANGLA_ERAS: Final[tuple[str, ...]] = ("বঙ্গাব্দ", "বঙ্গাব্দে", "বঙ্গাব্দের", "বাংলা সন", "বাংলা সনের", "বাং", "ব.", "বঙ্গাঃ")

# Hijri months (CLDR bn first, then the spellings seen in Bangladeshi text). Names of
# two words are listed with a space; the tokenizer joins them. The Bengali ones are also
# written as one word (রবিউলআউয়াল), listed last.
HIJRI_MONTHS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (1, ("মহররম", "মুহাররম", "মুহররম", "মহরম", "muharram", "moharram")),
    (2, ("সফর", "ছফর", "safar")),
    (3, ("রবিউল আউয়াল", "রবিউল আওয়াল", "rabiul awal", "rabi al-awwal", "rabi ul awal", "রবিউলআউয়াল", "রবিউলআওয়াল")),
    (4, ("রবিউস সানি", "রবিউস সানী", "রবিউল আখির", "রবিউস ছানি", "rabius sani", "rabi al-thani", "rabi al-akhir", "rabi ul akhir", "রবিউসসানি", "রবিউসসানী", "রবিউলআখির", "রবিউসছানি")),
    (5, ("জমাদিউল আউয়াল", "জমাদিউল আওয়াল", "জুমাদাল উলা", "জমাদিউল উলা", "jumada al-awwal", "jumada al-ula", "jamadiul awal", "জমাদিউলআউয়াল", "জমাদিউলআওয়াল", "জুমাদালউলা", "জমাদিউলউলা")),
    (6, ("জমাদিউস সানি", "জমাদিউস সানী", "জুমাদাল আখিরাহ", "জমাদিউল আখির", "jumada al-thani", "jumada al-akhirah", "jamadius sani", "জমাদিউসসানি", "জমাদিউসসানী", "জুমাদালআখিরাহ", "জমাদিউলআখির")),
    (7, ("রজব", "rajab")),
    (8, ("শাবান", "শা‘বান", "শা'বান", "shaban", "sha'ban")),  # noqa: RUF001
    (9, ("রমজান", "রমযান", "রামাদান", "রামাযান", "ramadan", "ramzan", "ramadhan")),
    (10, ("শাওয়াল", "শওয়াল", "shawwal")),
    (11, ("জিলকদ", "জ্বিলকদ", "জিলক্বদ", "জিলকাদ", "যিলকদ", "জুলকাদা", "dhul qadah", "dhul-qadah", "zilqad")),
    (12, ("জিলহজ", "জ্বিলহজ্জ", "জিলহজ্জ", "যিলহজ", "জুলহিজ্জা", "dhul hijjah", "dhul-hijjah", "zilhajj")),
)
HIJRI_ERAS: Final[tuple[str, ...]] = ("হিজরি", "হিজরী", "হিজরির", "হিজরীর", "হিজরিতে", "হি.", "হিঃ")
