"""Number words: the one hand-edited place for them (logic lives in :mod:`bn_datetime.numerals.numwords`).

Every row is ``(value, (canonical, variant, ...))``: the first spelling is what the
formatter writes (the Bangladesh standard: NCTB textbooks, Bangla Academy rule 2.3),
the others are accepted when reading. All strings are NFC, so য় ড় ঢ় are base letter +
nukta; input is normalised the same way before any lookup. Values that are not whole
numbers are written as decimal strings ("1.5").
"""

from __future__ import annotations

from typing import Final

# 0-99. Variants: older/West Bengal spellings (এগার, কুড়ি, তিরিশ), উন-/ঊন- prefixes,
# CLDR's forms (আঠাশ, তিপান্ন, অষ্টআশি) and dropped candrabindu (পাচ).
CARDINALS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (0, ("শূন্য", "শুন্য")),
    (1, ("এক",)),
    (2, ("দুই", "দু")),
    (3, ("তিন",)),
    (4, ("চার", "চারি")),
    (5, ("পাঁচ", "পাচ")),
    (6, ("ছয়", "ছ")),
    (7, ("সাত",)),
    (8, ("আট",)),
    (9, ("নয়", "ন")),
    (10, ("দশ",)),
    (11, ("এগারো", "এগার")),
    (12, ("বারো", "বার")),
    (13, ("তেরো", "তের")),
    (14, ("চৌদ্দ", "চোদ্দ", "চোদ্দো")),
    (15, ("পনেরো", "পনের", "পনর")),
    (16, ("ষোলো", "ষোল")),
    (17, ("সতেরো", "সতের", "সতর")),
    (18, ("আঠারো", "আঠার")),
    (19, ("উনিশ", "ঊনিশ")),
    (20, ("বিশ", "কুড়ি")),
    (21, ("একুশ",)),
    (22, ("বাইশ",)),
    (23, ("তেইশ",)),
    (24, ("চব্বিশ",)),
    (25, ("পঁচিশ",)),
    (26, ("ছাব্বিশ",)),
    (27, ("সাতাশ",)),
    (28, ("আটাশ", "আঠাশ")),
    (29, ("ঊনত্রিশ", "উনত্রিশ", "উনতিরিশ", "ঊনতিরিশ")),
    (30, ("ত্রিশ", "তিরিশ")),
    (31, ("একত্রিশ", "একতিরিশ")),
    (32, ("বত্রিশ", "বতিরিশ")),
    (33, ("তেত্রিশ", "তেতিরিশ")),
    (34, ("চৌত্রিশ", "চৌতিরিশ")),
    (35, ("পঁয়ত্রিশ", "পঁয়তিরিশ", "পঁইত্রিশ")),
    (36, ("ছত্রিশ", "ছতিরিশ")),
    (37, ("সাঁইত্রিশ", "সাইত্রিশ", "সাঁইতিরিশ")),
    (38, ("আটত্রিশ", "আটতিরিশ")),
    (39, ("ঊনচল্লিশ", "উনচল্লিশ")),
    (40, ("চল্লিশ",)),
    (41, ("একচল্লিশ",)),
    (42, ("বিয়াল্লিশ", "বেয়াল্লিশ")),
    (43, ("তেতাল্লিশ", "তিতাল্লিশ")),
    (44, ("চুয়াল্লিশ", "চোয়াল্লিশ")),
    (45, ("পঁয়তাল্লিশ",)),
    (46, ("ছেচল্লিশ", "ছচল্লিশ")),
    (47, ("সাতচল্লিশ",)),
    (48, ("আটচল্লিশ",)),
    (49, ("ঊনপঞ্চাশ", "উনপঞ্চাশ")),
    (50, ("পঞ্চাশ",)),
    (51, ("একান্ন",)),
    (52, ("বায়ান্ন", "বাহান্ন")),
    (53, ("তিপ্পান্ন", "তেপ্পান্ন", "তিপান্ন")),
    (54, ("চুয়ান্ন",)),
    (55, ("পঞ্চান্ন",)),
    (56, ("ছাপ্পান্ন", "ছাপান্ন")),
    (57, ("সাতান্ন",)),
    (58, ("আটান্ন",)),
    (59, ("ঊনষাট", "উনষাট")),
    (60, ("ষাট",)),
    (61, ("একষট্টি",)),
    (62, ("বাষট্টি",)),
    (63, ("তেষট্টি", "তিষট্টি")),
    (64, ("চৌষট্টি",)),
    (65, ("পঁয়ষট্টি", "পঁইষট্টি")),
    (66, ("ছেষট্টি", "ছিষট্টি")),
    (67, ("সাতষট্টি",)),
    (68, ("আটষট্টি",)),
    (69, ("ঊনসত্তর", "উনসত্তর")),
    (70, ("সত্তর",)),
    (71, ("একাত্তর",)),
    (72, ("বাহাত্তর", "বায়াত্তর")),
    (73, ("তিয়াত্তর", "তেয়াত্তর")),
    (74, ("চুয়াত্তর",)),
    (75, ("পঁচাত্তর",)),
    (76, ("ছিয়াত্তর",)),
    (77, ("সাতাত্তর",)),
    (78, ("আটাত্তর",)),
    (79, ("ঊনআশি", "উনআশি", "উনাশি", "ঊনাশি")),
    (80, ("আশি",)),
    (81, ("একাশি",)),
    (82, ("বিরাশি",)),
    (83, ("তিরাশি",)),
    (84, ("চুরাশি",)),
    (85, ("পঁচাশি",)),
    (86, ("ছিয়াশি",)),
    (87, ("সাতাশি",)),
    (88, ("আটাশি", "অষ্টআশি", "অষ্টাশি")),
    (89, ("ঊননব্বই", "উননব্বই", "ঊননব্বুই", "উননব্বুই")),
    (90, ("নব্বই", "নব্বুই")),
    (91, ("একানব্বই",)),
    (92, ("বিরানব্বই",)),
    (93, ("তিরানব্বই",)),
    (94, ("চুরানব্বই",)),
    (95, ("পঁচানব্বই",)),
    (96, ("ছিয়ানব্বই",)),
    (97, ("সাতানব্বই",)),
    (98, ("আটানব্বই",)),
    (99, ("নিরানব্বই",)),
)

# Scale words. Only শো (attached: একশো), হাজার, লাখ and কোটি are ever written; the
# rest are read. কোটি repeats above a crore (এক হাজার কোটি = 10¹⁰). আরব/খরব are
# CLDR's Hindi-style scale: read by words_to_number but never inside running text
# (আরব is far more often "Arab").
SCALES: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (100, ("শো", "শ", "শত")),
    (1_000, ("হাজার", "সহস্র")),
    (10_000, ("অযুত",)),
    (100_000, ("লাখ", "লক্ষ")),
    (1_000_000, ("মিলিয়ন", "নিযুত")),
    (10_000_000, ("কোটি",)),
    (1_000_000_000, ("বিলিয়ন", "আরব")),
    (100_000_000_000, ("খরব",)),
    (1_000_000_000_000, ("ট্রিলিয়ন",)),
)
# Scale words that are read only when the whole input is a number (words_to_number),
# never while scanning running text.
SCALES_NOT_IN_TEXT: Final[tuple[str, ...]] = ("আরব", "খরব")

# Fractional quantities that stand for a number: দেড় = 1½, আড়াই = 2½ (also as a
# coefficient: দেড়শো = 150, দেড় লাখ = 150000).
FRACTION_NUMBERS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("1.5", ("দেড়",)),
    ("2.5", ("আড়াই",)),
)
# Fraction prefixes added to the quantity that follows: সাড়ে তিন = 3½, সোয়া পাঁচ = 5¼,
# পৌনে নয় = 8¾ (pivoting on the next unit: পৌনে ৯টা = 8:45).
FRACTION_PREFIXES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("0.5", ("সাড়ে",)),
    ("0.25", ("সোয়া", "সওয়া")),
    ("-0.25", ("পৌনে",)),
)
# Fractions that are a whole quantity on their own (never a coefficient).
FRACTION_QUANTITIES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("0.5", ("আধা", "আধ", "অর্ধেক", "অর্ধ")),
    ("0.25", ("সিকি", "পোয়া")),
)
# "এক চতুর্থাংশ" = ¼, "তিন চতুর্থাংশ" = ¾: the word divides the number before it.
QUARTER_WORDS: Final[tuple[str, ...]] = ("চতুর্থাংশ",)

DECIMAL_POINT_WORDS: Final[tuple[str, ...]] = ("দশমিক", "পয়েন্ট")
# মাইনাস is what news and TTS say; ঋণাত্মক (bornomala) and ঋণ (CLDR) are also read.
# ঋণ also means "loan", so it is not read as a sign in running text.
NEGATIVE_WORDS: Final[tuple[str, ...]] = ("মাইনাস", "ঋণাত্মক", "ঋণ")
NEGATIVE_WORDS_NOT_IN_TEXT: Final[tuple[str, ...]] = ("ঋণ",)

# The genitive glued onto a two-digit number said as a year before its date (একাত্তরের ২৫
# মার্চ, চব্বিশের জুলাই, বাহান্নর, নব্বইয়ের): the number and এর.
GENITIVE_ENDINGS: Final[tuple[str, ...]] = ("ের", "র", "য়ের")

# Counters (classifiers) written onto a number (৫টি, একটা, দুজন, তিনখানা) and the case
# endings that may follow them (টির, টিতে, জনের, জনকে, টায়, টারও ...).
COUNTERS: Final[tuple[str, ...]] = ("টি", "টা", "টো", "টে", "জন", "খানা", "খানি", "গাছা", "গাছি")
COUNTER_ENDINGS: Final[tuple[str, ...]] = (
    "র",
    "রও",
    "রই",
    "তে",
    "তেও",
    "তেই",
    "কে",
    "কেও",
    "কেই",
    "য়",
    "য়ও",
    "য়ই",
    "ও",
    "ই",
    "ের",
    "েরও",
    "েরই",
    "ে",
)

# Ordinals in words. 1-10 are the everyday forms; 11 and up the Sanskrit forms used in
# written text (একাদশ সংসদ, বিংশ শতাব্দী), with the hybrid "…তম" forms accepted. Any other
# number is written cardinal + তম (বত্রিশতম), which is also read back for every number.
ORDINAL_WORDS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (1, ("প্রথম",)),
    (2, ("দ্বিতীয়",)),
    (3, ("তৃতীয়",)),
    (4, ("চতুর্থ",)),
    (5, ("পঞ্চম",)),
    (6, ("ষষ্ঠ",)),
    (7, ("সপ্তম",)),
    (8, ("অষ্টম",)),
    (9, ("নবম",)),
    (10, ("দশম",)),
    (11, ("একাদশ", "একাদশতম")),
    (12, ("দ্বাদশ", "দ্বাদশতম")),
    (13, ("ত্রয়োদশ", "ত্রয়োদশতম")),
    (14, ("চতুর্দশ", "চতুর্দশতম")),
    (15, ("পঞ্চদশ", "পঞ্চদশতম")),
    (16, ("ষোড়শ", "ষোড়শতম")),
    (17, ("সপ্তদশ", "সপ্তদশতম")),
    (18, ("অষ্টাদশ", "অষ্টাদশতম")),
    (19, ("ঊনবিংশ", "উনবিংশ", "ঊনবিংশতম", "উনবিংশতম", "ঊনবিংশতি")),
    (20, ("বিংশ", "বিংশতম", "বিংশতি", "বিংশতিতম")),
    (21, ("একবিংশ", "একবিংশতম", "একবিংশতি")),
    (22, ("দ্বাবিংশ", "দ্বাবিংশতম")),
    (23, ("ত্রয়োবিংশ", "ত্রয়োবিংশতম")),
    (24, ("চতুর্বিংশ", "চতুর্বিংশতম")),
    (25, ("পঞ্চবিংশ", "পঞ্চবিংশতম")),
    (26, ("ষড়বিংশ", "ষড়্বিংশ", "ষট্বিংশ", "ষড়বিংশতম", "ষড়্বিংশতম", "ষট্বিংশতম")),
    (27, ("সপ্তবিংশ", "সপ্তবিংশতম")),
    (28, ("অষ্টাবিংশ", "অষ্টাবিংশতম")),
    (29, ("ঊনত্রিংশ", "উনত্রিংশ", "ঊনত্রিংশতম", "উনত্রিংশতম")),
    (30, ("ত্রিংশ", "ত্রিংশতম", "ত্রিংশত্তম")),
    (31, ("একত্রিংশ", "একত্রিংশতম")),
    (40, ("চত্বারিংশ", "চত্বারিংশতম", "চত্বারিংশত্তম")),
    (50, ("পঞ্চাশতম", "পঞ্চাশত্তম")),
    (60, ("ষষ্টিতম",)),
    (70, ("সপ্ততিতম",)),
    (80, ("অশীতিতম",)),
    (90, ("নবতিতম",)),
    (100, ("শততম",)),
    (1000, ("সহস্রতম",)),
)
# Written after a cardinal to make an ordinal (এগারোতম, এক হাজারতম).
ORDINAL_CARDINAL_SUFFIX: Final[str] = "তম"
# After digits, by CLDR's bn ordinal plural rule: ১ম ২য় ৩য় ৪র্থ ৫ম ৬ষ্ঠ ৭ম-১০ম, then ১১তম.
DIGIT_ORDINAL_SUFFIXES: Final[tuple[tuple[int, str], ...]] = (
    (1, "ম"),
    (2, "য়"),
    (3, "য়"),
    (4, "র্থ"),
    (5, "ম"),
    (6, "ষ্ঠ"),
    (7, "ম"),
    (8, "ম"),
    (9, "ম"),
    (10, "ম"),
)

# Day-of-month words: 1-4 irregular, 5-18 cardinal + ই, 19-31 cardinal + এ (শে after digits).
DATE_ORDINAL_WORDS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (1, ("পহেলা", "পয়লা")),
    (2, ("দোসরা",)),
    (3, ("তেসরা",)),
    (4, ("চৌঠা",)),
    (5, ("পাঁচই",)),
    (6, ("ছয়ই",)),
    (7, ("সাতই",)),
    (8, ("আটই",)),
    (9, ("নয়ই", "নউই")),
    (10, ("দশই",)),
    (11, ("এগারোই", "এগারই")),
    (12, ("বারোই", "বারই")),
    (13, ("তেরোই", "তেরই")),
    (14, ("চৌদ্দই", "চোদ্দই")),
    (15, ("পনেরোই", "পনেরই")),
    (16, ("ষোলোই", "ষোলই")),
    (17, ("সতেরোই", "সতেরই")),
    (18, ("আঠারোই", "আঠারই")),
    (19, ("উনিশে", "ঊনিশে")),
    (20, ("বিশে",)),
    (21, ("একুশে",)),
    (22, ("বাইশে",)),
    (23, ("তেইশে",)),
    (24, ("চব্বিশে",)),
    (25, ("পঁচিশে",)),
    (26, ("ছাব্বিশে",)),
    (27, ("সাতাশে",)),
    (28, ("আটাশে", "আঠাশে")),
    (29, ("ঊনত্রিশে", "উনত্রিশে")),
    (30, ("ত্রিশে", "তিরিশে")),
    (31, ("একত্রিশে", "একতিরিশে")),
)
# Suffix after the day's digits, by range: ১লা ২রা ৩রা ৪ঠা, ৫ই-১৮ই, ১৯শে-৩২শে (a month of
# West Bengal's calendar may have 32 days: ৩২শে আষাঢ়).
DATE_DIGIT_SUFFIXES: Final[tuple[tuple[int, int, str], ...]] = (
    (1, 1, "লা"),
    (2, 3, "রা"),
    (4, 4, "ঠা"),
    (5, 18, "ই"),
    (19, 32, "শে"),
)

# Words that are also everyday words when they stand alone: নয় "is not", বার "times,
# weekday", এক "a", শূন্য "empty", দু/ছ/ন short forms. normalize_numbers rewrites them
# only inside a longer number (এক লাখ), or with a counter (নয়টি) or a decimal.
AMBIGUOUS_ALONE: Final[tuple[str, ...]] = (
    "নয়",
    "ন",
    "বার",
    "এক",
    "দু",
    "ছ",
    "শূন্য",
    "শুন্য",
    "চারি",
    "পাচ",
)
# ... and at the end of a longer number they are usually the everyday word: "পাঁচশো নয়"
# ("not five hundred"), "পাঁচশো বার" ("five hundred times"). normalize_numbers leaves
# them out of the number; with a counter they count (পাঁচশো নয়টি is not written).
AMBIGUOUS_AFTER_NUMBER: Final[tuple[str, ...]] = ("নয়", "ন", "বার")

# CLDR's compact short forms (ICU writes them with a no-break space: ১ হা, ১২ কো,
# ১ লা.কো.). Read only right after digits and only by words_to_number. ১ লা (lakh) is
# left out on purpose: it is also the day ordinal ১লা.
COMPACT_SCALES: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (1_000, ("হা",)),
    (10_000_000, ("কো",)),
    (1_000_000_000_000, ("লা.কো.", "লা.কো")),
)


# What verbalize says for the signs around numbers (canonical spellings).
SPOKEN_SIGNS: Final[dict[str, str]] = {
    "paisa": "পয়সা",  # ১১৯.৫০ টাকা → … টাকা পঞ্চাশ পয়সা
    "plus": "প্লাস",  # +৮৮০ → প্লাস আট আট শূন্য
    "by": "বাই",  # ১২/৩৪৫ (a reference) → বারো বাই তিনশো পঁয়তাল্লিশ
    "parts_of": "ভাগের",  # ৩/৪ → চার ভাগের তিন
    "percent": "শতাংশ",  # ৪৫% → পঁয়তাল্লিশ শতাংশ
    "degree": "ডিগ্রি",  # ৩৮.৫° → আটত্রিশ দশমিক পাঁচ ডিগ্রি
    "celsius": "সেলসিয়াস",
    "fahrenheit": "ফারেনহাইট",
}
