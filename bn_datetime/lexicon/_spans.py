"""Words of spans: ranges, enumerations, durations and recurrences.

``১০ থেকে ১২ সেপ্টেম্বর``, ``১৪ ও ১৫ সেপ্টেম্বর``, ``৩০ মাসেরও বেশি সময় ধরে``,
``প্রতি মাসের প্রথম শুক্রবার``, ``শুক্র ও শনিবার সাপ্তাহিক ছুটি``. Read by the span
grammar (:mod:`bn_datetime.reader.spans`); the first spelling of a row is canonical.
"""

from __future__ import annotations

from typing import Final

from ._numbers import ORDINAL_WORDS

# The start of a range: "১০ থেকে ১২", "বেলা ২টা হতে".
RANGE_FROM: Final[tuple[str, ...]] = ("থেকে", "হতে", "হইতে", "from")
# Its end: "… পর্যন্ত".
RANGE_UNTIL: Final[tuple[str, ...]] = ("পর্যন্ত", "অবধি", "until", "till")
# Joins two days of one enumeration: "১৪ ও ১৫ সেপ্টেম্বর", "রবি এবং সোমবার".
CONJUNCTIONS: Final[tuple[str, ...]] = ("ও", "এবং", "and")
# "প্রতি শুক্রবার", "প্রতি মাসের …": every, before a day or a unit.
EVERY: Final[tuple[str, ...]] = ("প্রতি", "প্রত্যেক", "every", "each")
# Every, with its unit in one word: (unit, words). "বাকি সব দিন" is every other day.
EVERY_UNIT: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("day", ("প্রতিদিন", "প্রতিদিনই", "প্রত্যহ", "রোজ", "সব দিন", "বাকি সব দিন", "অন্য সব দিন", "daily")),
    ("week", ("প্রতিসপ্তাহে", "প্রতিসপ্তাহের", "weekly")),
    ("month", ("প্রতিমাসে", "প্রতিমাসের", "monthly")),
    ("year", ("প্রতিবছর", "প্রতিবছরই", "প্রতিবছরের", "প্রতিবছরে", "yearly", "annually")),
)
# A weekly day off: "শুক্র ও শনিবার সাপ্তাহিক ছুটি".
WEEKLY_OFF: Final[tuple[str, ...]] = (
    "সাপ্তাহিক ছুটি",
    "সাপ্তাহিক ছুটির দিন",
    "সাপ্তাহিক ছুটির",
    "সাপ্তাহিক বন্ধ",
)
# "রবিবার ছাড়া বাকি সব দিন": every day but these.
EXCEPT: Final[tuple[str, ...]] = ("ছাড়া", "ব্যতীত", "বাদে", "except")
# The n-th weekday of a month (প্রতি মাসের প্রথম শুক্রবার): the number words' ordinals
# 1-5, and শেষ, the last (-1).
WEEKDAY_ORDINALS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    *((n, words) for n, words in ORDINAL_WORDS if 1 <= n <= 5),
    (-1, ("শেষ",)),
)
# After a length: "৬ ঘণ্টা ধরে", "তিন দিন ব্যাপী", "দুই বছর যাবৎ", "তিন দিন জুড়ে".
SPAN_MARKERS: Final[tuple[str, ...]] = ("ধরে", "ধরেই", "ব্যাপী", "যাবৎ", "যাবত", "জুড়ে")
# The span markers news glues to a unit (তিন দিনব্যাপী মেলা, দুদিনব্যাপী, সপ্তাহজুড়ে): the
# scanner splits the word into the unit (a number first when one is glued too) and the marker.
GLUED_SPAN_MARKERS: Final[tuple[str, ...]] = ("ব্যাপী", "জুড়ে")
# Beside a length in years, a person's age, not a length of time (৫২ বছর বয়সী, বয়স ৩৫
# বছর): the word after it begins with one of these, or the word before it is one.
AGE_WORDS: Final[tuple[str, ...]] = ("বয়স", "বয়সসীমা", "বয়সী", "বয়সি", "বয়সে", "বয়সের")
# "One day" bare, with no case ending and no marker after it: someday, once (একদিন সে আসবে,
# এক দিন তিনি বলেছিলেন), not a length of time in running text (একদিনের, এক দিন ধরে are).
SOMEDAY_PHRASES: Final[tuple[str, ...]] = ("একদিন", "এক দিন")
# After a year, a decade or a century it begins (১৯৯০-এর দশকে, ১৯ শতকে): the year alone is a
# part of it, not what the text says; the word after the year begins with one of these.
ERA_SPAN_WORDS: Final[tuple[str, ...]] = ("দশক", "শতক", "শতাব্দী", "শতাব্দি", "decade", "century")
# After a range of bare numbers, an amount, not years (১২০০-১৫০০ টাকা, ৫০০ থেকে ২০০০
# রুপি): the word after it begins with one of these (টাকায়, রুপির …).
AMOUNT_WORDS: Final[tuple[str, ...]] = (
    "টাকা", "রুপি", "ডলার", "ইউরো", "পাউন্ড", "কেজি", "কিলোমিটার", "মিটার", "লিটার", "রান", "শতাংশ",
)
# After a length, a repetition (৬ ঘণ্টা অন্তর, ১০ মিনিট পরপর, তিন মাস পর পর: every so
# long), not one length. With no প্রতি before it, a length of one is the unit left between
# (একদিন অন্তর, এক সপ্তাহ পরপর: every other day, week): read by the span grammar.
REPEAT_WORDS: Final[tuple[str, ...]] = ("অন্তর", "পরপর", "পর পর", "অন্তর অন্তর")
# After a period word, a count of times in each period (মাসে দুইবার, প্রতি সপ্তাহে ৩ বার):
# a number (digits or a cardinal word, or glued: দুইবার), then one of these.
TIMES_WORDS: Final[tuple[str, ...]] = ("বার", "বারে", "বারের")
# Before a period word, a word naming which one (সেই দিনে দুইবার: twice on that day, not
# every day); গত, এই … (RELATIVE_MODIFIERS) and a genitive (ঈদের দিনে) do the same.
PERIOD_QUALIFIERS: Final[tuple[str, ...]] = ("এ", "সেই", "ওই", "ঐ", "সে", "যে", "কোন", "কোনো", "একই", "প্রথম", "শেষ")
# A noun in the genitive right before an offset names the event it counts from (ঘটনার দুই দিন
# পর, বিয়ের ৩ বছর পর, নির্বাচনের তিন মাস আগে, তার ২ দিন পর): a length, not a day from now. A
# genitive ends in a vowel sign and র (ঘটনার, মৃত্যুর, বিয়ের); these words end so and are none.
EVENT_GENITIVE_SIGNS: Final[tuple[str, ...]] = ("ার", "ির", "ীর", "ুর", "ূর", "ৃর", "ের", "ৈর", "োর", "ৌর")
NOT_GENITIVES: Final[tuple[str, ...]] = (
    "এবার", "আবার", "ফের", "বার", "পার", "হাজার", "বাজার", "দ্বার", "অবার", "তিনবার", "দুবার", "বহুবার", "কয়েকবার",
)
# TIMEX3's modifiers of a length: (mod, words). প্রায় and about are APPROX_WORDS.
DURATION_MODIFIERS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    # কমবেশি / কম-বেশি: "more or less", roughly; not less than
    ("approx", ("আনুমানিক", "খানেক", "কমবেশি", "কম-বেশি", "কম বেশি", "কমবেশী", "কম-বেশী", "কম বেশী")),
    ("more_than", ("বেশি", "বেশী", "অধিক", "বেশি সময়", "বেশী সময়", "অধিক সময়")),
    ("less_than", ("কম", "কম সময়")),
    ("at_most", ("মধ্যে", "মধ্যেই", "সর্বোচ্চ", "within")),
)
# "about", before a length or a time (প্রায়) or after a time (রাত ৯টার দিকে, নাগাদ).
APPROX_WORDS: Final[tuple[str, ...]] = ("প্রায়", "about", "দিকে", "নাগাদ")
# A unit with "about one" in it: (unit, words). "ঘণ্টাখানেক" is about an hour.
APPROX_UNITS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("minute", ("মিনিটখানেক",)),
    ("hour", ("ঘণ্টাখানেক", "ঘন্টাখানেক")),
    ("day", ("দিনখানেক",)),
    ("week", ("সপ্তাহখানেক",)),
    ("month", ("মাসখানেক",)),
    ("year", ("বছরখানেক",)),
)
# A decade: a unit of ten years in a length (দুই দশক ধরে, এক দশকেরও বেশি), and, after a year
# that ends in 0 with এর (১৯৯০-এর দশকে, নব্বইয়ের দশকে) or after গত/এই/আগামী, the ten years it names.
DECADE_WORDS: Final[tuple[str, ...]] = ("দশক", "দশকে", "দশকের", "দশকেই", "দশকেরও", "দশকও")
# About so many (দশেক: about ten): after its unit (বছর দশেক, মিনিট পাঁচেক, ঘণ্টা দুয়েক) or before
# it (দুয়েক দিন), a length with প্রায়'s "approx"; (count, words).
APPROX_COUNTS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (2, ("দুয়েক", "দুয়েকের", "দুএক")),
    (3, ("তিনেক", "তিনেকের")),
    (4, ("চারেক", "চারেকের")),
    (5, ("পাঁচেক", "পাঁচেকের")),
    (6, ("ছয়েক", "ছয়েকের")),
    (7, ("সাতেক", "সাতেকের")),
    (8, ("আটেক", "আটেকের")),
    (10, ("দশেক", "দশেকের")),
    (20, ("বিশেক", "বিশেকের")),
    (100, ("শখানেক", "শখানেকের")),
)
# A fiscal year: "২০২৪-২৫ অর্থবছর" (July–June in Bangladesh, April–March in India).
FISCAL_YEAR_WORDS: Final[tuple[str, ...]] = (
    "অর্থবছর",
    "অর্থবছরের",
    "অর্থবছরে",
    "অর্থ বছর",
    "অর্থ বছরের",
    "আর্থিক বছর",
    "আর্থিক বছরের",
    "আর্থিক বছরে",
    "অর্থবর্ষ",
    "অর্থবর্ষের",
    "অর্থবর্ষে",
    "fiscal year",
    "financial year",
)
# Sentence cues for search (words, not tokens: read once per sentence). A clock window
# with no date in a sentence about opening hours, a timetable or a habit is every day's
# window (অফিস সকাল ৯টা থেকে বিকেল ৩টা পর্যন্ত খোলা থাকবে).
SCHEDULE_WORDS: Final[tuple[str, ...]] = (
    "খোলা",
    "খোলার",
    "চলত",
    "চলতো",
    "চালু",
    "বিরতি",
    "অফিস",
    "অফিসের",
    "অফিসগুলো",
    "সময়সূচি",
    "সময়সূচী",
    "সূচি",
    "সূচিতে",
    "প্রচারিত",
    "থাকত",
    "থাকতো",
)
# A weekday with no date in a sentence about a weekly closure, a day off or a habit of the
# past is every such day (শুক্রবার সরকারি ছুটির দিন; এতদিন মঙ্গলবার … বন্ধ থাকতো).
WEEKLY_WORDS: Final[tuple[str, ...]] = ("সাপ্তাহিক", "থাকত", "থাকতো", "চলত", "চলতো", "হতো", "এতদিন")
# "ছুটির দিন" (a day off): the two words together.
DAY_OFF_PHRASE: Final[tuple[str, str]] = ("ছুটির", "দিন")
# Closed (বন্ধ): with two or more weekdays and no date, a weekly closure.
CLOSED_WORDS: Final[tuple[str, ...]] = ("বন্ধ",)
# A named day (বিজয় দিবস, ঈদের দিন, পূজার ছুটি): the sentence is about a day the reader knows,
# so its clock window is that day's, not every day's.
NAMED_DAY_WORDS: Final[tuple[str, ...]] = ("দিবস", "দিবসে", "দিবসের", "ঈদ", "ঈদে", "ঈদের", "পূজা", "পূজায়", "পূজার")
# The start and the end of an event named in one sentence (… শুরু হবে ৫ মার্চ, শেষ হবে ২০ মার্চ).
START_WORDS: Final[tuple[str, ...]] = ("শুরু",)
END_WORDS: Final[tuple[str, ...]] = ("শেষ",)
# Midnight (মধ্যরাত): a day period in the point grammar, and at an end of a range the
# midnight that ends its day (১৪ জুলাই মধ্যরাত থেকে: from 15 July 00:00).
MIDNIGHT_WORDS: Final[tuple[str, ...]] = ("মধ্যরাত", "মধ্যরাতে", "মধ্যরাতের")
# "That day" (ওইদিন বিকেল ৪টায়): a clock time on the day the text last named.
SAME_DAY_WORDS: Final[tuple[str, ...]] = (
    "ওইদিন",
    "ওইদিনই",
    "ঐদিন",
    "ঐদিনই",
    "সেদিন",
    "সেদিনই",
)
# "May" after an infinitive (বৃষ্টি হতে পারে, বন্ধ থাকতে পারে): a forecast, a sentence about
# the future.
MODAL_WORDS: Final[tuple[str, ...]] = ("পারে", "পারেন")
# Verbs of a news report in the narrative present, which in a report tell the past
# (পরে বিকাল সোয়া ৩টায় বাজেট উত্থাপন শুরু করেন; মন্ত্রী পৌঁছান; দুর্ঘটনা ঘটে).
REPORT_VERBS: Final[tuple[str, ...]] = (
    "করেন",
    "জানান",
    "বলেন",
    "পৌঁছান",
    "পৌঁছেন",
    "ঘটে",
    "লাগে",  # আগুন লাগে
    "যান",  # মারা যান
    "আনে",  # নিয়ন্ত্রণে আনে
    "দেন",
    "নেন",
    # the simple past (-ল, -লো), whose ending alone nouns share (দল, ফল, আলো): the verbs news
    # tells with
    "করল", "করলো", "দিল", "দিলো", "নিল", "নিলো", "পেল", "পেলো", "বলল", "বললো", "জানাল", "জানালো",
    "খুলল", "খুললো", "ফিরল", "ফিরলো", "ঘটল", "ঘটলো", "পৌঁছাল", "পৌঁছালো", "গেলো", "এলো", "থামল", "থামলো",
    "চলল", "চললো",
)
# "Instead of" (দুপুর সাড়ে ৩টার পরিবর্তে দুপুর ৩টায়): the time before it is replaced by the one after.
REPLACED_BY: Final[tuple[str, ...]] = ("পরিবর্তে", "বদলে", "স্থলে")
# Days a name fixes, for a clock time or window in the sentence that names one (বিজয় দিবস
# উপলক্ষে … সকাল ১০টা থেকে বিকেল ৫টা পর্যন্ত খোলা থাকবে: on 16 December): (phrase, (month, day)
# in Bangladesh, (month, day) in India or None). The zone decides, as for fiscal years.
FIXED_DAYS: Final[tuple[tuple[str, tuple[int, int], tuple[int, int] | None], ...]] = (
    ("বিজয় দিবস", (12, 16), (12, 16)),
    ("স্বাধীনতা দিবস", (3, 26), (8, 15)),
    ("শহীদ দিবস", (2, 21), (2, 21)),
    ("মাতৃভাষা দিবস", (2, 21), (2, 21)),
    ("ভাষা দিবস", (2, 21), (2, 21)),
    ("জাতীয় শোক দিবস", (8, 15), None),
    ("প্রজাতন্ত্র দিবস", (1, 26), (1, 26)),
    ("বড়দিন", (12, 25), (12, 25)),
)
