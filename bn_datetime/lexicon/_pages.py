"""Words that mark a web page's own dates (used by :mod:`bn_datetime.pages`).

Hand-edited, NFC. Longer spellings first where one is a prefix of another, though the
reader sorts them by length anyway.
"""

from __future__ import annotations

from typing import Final

# Byline labels before the page's publication time: "প্রকাশ : ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম".
PUBLISHED_LABELS: Final[tuple[str, ...]] = (
    "প্রকাশের সময়",
    "প্রকাশিত হয়েছে",
    "প্রকাশিত",
    "প্রকাশ",
    "পোস্ট করা হয়েছে",
    "published on",
    "published at",
    "published",
    "posted on",
    "posted",
)

# Labels before the time of the page's last change: "আপডেট: ১৪ সেপ্টেম্বর ২০২৪, ২১:০৫".
UPDATED_LABELS: Final[tuple[str, ...]] = (
    "সর্বশেষ আপডেট",
    "শেষ আপডেট",
    "আপডেটেড",
    "আপডেট",
    "সর্বশেষ হালনাগাদ",
    "হালনাগাদ",
    "last updated",
    "last modified",
    "updated on",
    "updated at",
    "updated",
    "modified",
)

# Labels of a print or render time ("প্রিন্ট: …"): when the page was printed or served,
# not when it was published; never the page's date.
PRINT_LABELS: Final[tuple[str, ...]] = (
    "প্রিন্ট সংস্করণ",
    "প্রিন্ট",
    "মুদ্রণ",
    "printed on",
    "printed",
    "print",
)

# Headings that open a list of other stories ("সর্বশেষ" = latest), or the comments: what
# follows one of them, on a page whose own date is already read, belongs to other pages.
LIST_HEADINGS: Final[tuple[str, ...]] = (
    "সর্বশেষ",
    "সর্বশেষ খবর",
    "সর্বাধিক পঠিত",
    "সর্বাধিক পঠিত সংবাদ",
    "জনপ্রিয়",
    "আলোচিত",
    "আরও পড়ুন",
    "আরো পড়ুন",
    "আরও খবর",
    "আরো খবর",
    "এই বিভাগের আরো খবর",
    "এই বিভাগের আরও খবর",
    "সম্পর্কিত খবর",
    "সম্পর্কিত",
    "সংশ্লিষ্ট খবর",
    "পাঠকের মতামত",
    "মন্তব্য",
    "মন্তব্য করুন",
    "latest",
    "popular",
    "related",
    "related news",
    "more news",
    "comments",
)
