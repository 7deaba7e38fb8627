"""bn_datetime.reader.sentences: what a match means beside the others in its sentence."""

from __future__ import annotations

from datetime import datetime, time

import pytest

import bn_datetime as bd
from bn_datetime.reader.sentences import Sentences
from bn_datetime.values import Duration, Interval, Recurrence

NOW = datetime(2024, 9, 14, 18, 42)  # a Saturday


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.isoformat()) for m in bd.search(text, now=NOW)]


@pytest.mark.parametrize(
    ("text", "tense", "schedule", "weekly", "closed"),
    [
        ("মেলা আগামীকাল শুরু হবে", "future", False, False, False),
        ("মেলা গতকাল শুরু হয়েছে", "past", False, False, False),
        ("দোকান সকাল ১০টা থেকে খোলা", None, True, False, False),
        ("রবিবার সাপ্তাহিক বন্ধ", None, False, True, True),
        ("শনিবার ছুটির দিন", None, False, True, False),
        ("আগে মঙ্গলবার বাজার বসতো না, বন্ধ থাকতো", None, True, True, True),
        ("সকালে মিছিল, দুপুরে প্লেন", None, False, False, False),  # nouns that end as a past verb
        ("আগুন লাগে, পরে তিনি জানান", "past", False, False, False),  # a report's narrative present
        ("দুদিন পর দোকান খুলল", "past", False, False, False),  # the simple past (-ল)
        ("দল জিতল না, ফল ভালো", None, False, False, False),  # nouns ending in ল, an unlisted verb
        ("কাল বৃষ্টি হতে পারে", "future", False, False, False),  # a modal after an infinitive
        ("পারে হতে কাল বৃষ্টি", None, False, False, False),  # … only right after it
        ("দিন ছুটির শনিবার", None, False, False, False),  # ছুটির দিন only in that order
        ("শনিবার ছুটির দিনে দোকান বন্ধ থাকবে", "future", False, True, True),
        ("তবে সবে কবে", None, False, False, False),  # words that end as a future verb and are none
        ("কবে তবে সভা হবে", "future", False, False, False),  # … and a verb after them
        ("বে বো, লেন", None, False, False, False),  # an ending alone is no verb
        ("তিনি বলেছিলেন, সভা হবে", "future", False, False, False),  # a plan told: the future wins
        ("মিছিলে যাবেন তারা", "future", False, False, False),  # a verb after a noun that is none
        ("সভা হয়েছিল২০২৪ সালে", "past", False, False, False),  # a word ends where its letters do
        ("তারা এসেছেন এবং এসেছেন", "past", False, False, False),  # a verb said twice
        ("দোকান বন্ধ; খোলা হবে", "future", True, False, True),  # a cue and a verb in one sentence
    ],
)
def test_each_sentence_is_read_once_for_its_tense_and_cues(
    text: str, tense: str | None, schedule: bool, weekly: bool, closed: bool
) -> None:
    sentence = Sentences(text).at(0)
    assert (sentence.tense, sentence.schedule, sentence.weekly, sentence.closed) == (tense, schedule, weekly, closed)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("এক। দুই! তিন? চার\nপাঁচ", [3, 8, 13, 18, 22]),
        ("মো. রহিম এলেন. তারপর", [3, 14, 20]),  # a dot before a space ends a sentence
        ("১২.৩০ টা.", [9]),  # a dot inside a number does not
        ("", [0]),
    ],
)
def test_sentence_ends(text: str, ends: list[int]) -> None:
    assert Sentences(text).ends == ends


def test_sentences_are_cut_at_their_ends() -> None:
    s = Sentences("দোকান খোলা। কাল দেখা হবে।\nএখানে কিছু নেই")
    first, second, third = (s.index(p) for p in (0, 12, 30))
    assert first < second < third
    assert [s.at(p).tense for p in (0, 12, 30)] == [None, "future", None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an open start, then an open end, in one sentence
        ("প্রদর্শনী ৩ অক্টোবর থেকে শুরু হবে, চলবে অক্টোবরের ৯ তারিখ পর্যন্ত।", "2024-10-03/2024-10-09"),
        # a day that starts (শুরু), then an open end
        ("ভর্তি ২০ অক্টোবর শুরু হয়ে চলবে ২ নভেম্বর পর্যন্ত।", "2024-10-20/2024-11-02"),
        # two days said to start and to end
        ("পরীক্ষা শুরু হবে ৫ মার্চ ২০২৫, শেষ হবে ২০ মার্চ ২০২৫।", "2025-03-05/2025-03-20"),
    ],
)
def test_a_start_and_an_end_in_one_sentence_are_one_interval(text: str, expected: str) -> None:
    [match] = bd.search(text, now=NOW)
    assert isinstance(match.result, Interval)
    assert match.isoformat() == expected
    assert text[match.start : match.end] == match.text


@pytest.mark.parametrize(
    "text",
    [
        "প্রদর্শনী ৩ অক্টোবর থেকে শুরু হবে। চলবে অক্টোবরের ৯ তারিখ পর্যন্ত।",  # two sentences
        "ভর্তি ২০ অক্টোবর হবে, ফল ২ নভেম্বর পর্যন্ত দেখা যাবে।",  # no শুরু
        "শেষ হবে ৫ মার্চ ২০২৫, শুরু হবে ২০ মার্চ ২০২৫।",  # the end named first
    ],
)
def test_points_not_said_to_start_and_end_stay_apart(text: str) -> None:
    assert len(bd.search(text, now=NOW)) == 2


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("ব্যাংক সকাল ১০টা থেকে বিকেল ৪টা পর্যন্ত খোলা থাকবে।", (time(10), time(16))),
        ("আগে অফিস সকাল ৯টা থেকে দুপুর ২টা পর্যন্ত চলত।", (time(9), time(14))),
        ("দুপুর ১টা থেকে দেড়টা পর্যন্ত বিরতি থাকবে।", (time(13), time(13, 30))),
    ],
)
def test_a_clock_window_about_hours_with_no_date_is_daily(text: str, window: tuple[time, time]) -> None:
    [match] = bd.search(text, now=NOW)
    assert match.result == Recurrence("daily", during=window)


@pytest.mark.parametrize(
    "text",
    [
        "আজ ব্যাংক সকাল ১০টা থেকে বিকেল ৪টা পর্যন্ত খোলা থাকবে।",  # a day named: that day's hours
        "১৬ ডিসেম্বর জাদুঘর সকাল ১০টা থেকে বিকেল ৪টা পর্যন্ত খোলা থাকবে।",
        "সভা সকাল ১০টা থেকে বিকেল ৪টা পর্যন্ত হবে।",  # no word about hours
    ],
)
def test_a_window_beside_a_date_or_without_a_cue_stays_an_interval(text: str) -> None:
    assert any(isinstance(m.result, Interval) for m in bd.search(text, now=NOW))
    assert not any(isinstance(m.result, Recurrence) for m in bd.search(text, now=NOW))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("রবিবার সাপ্তাহিক বন্ধ।", ("SU",)),
        ("শনিবার সরকারি ছুটির দিন।", ("SA",)),
        ("এতদিন বুধবার হাট বসতো না।", ("WE",)),
        ("সোমবার ও মঙ্গলবার জাদুঘর বন্ধ থাকবে।", ("MO", "TU")),
    ],
)
def test_weekdays_about_a_weekly_closure_or_habit_are_weekly(text: str, days: tuple[str, ...]) -> None:
    [match] = bd.search(text, now=NOW)
    assert match.result == Recurrence("weekly", byweekday=days)


@pytest.mark.parametrize(
    "text",
    [
        "সোমবার দোকান বন্ধ থাকবে।",  # one day closed: that Monday
        "রবিবার ১৫ সেপ্টেম্বর সাপ্তাহিক বৈঠক হবে।",  # a date in the sentence
        "গত বুধবার হাট বসতো না বলে জানা যায়।",  # গত says which Wednesday
    ],
)
def test_a_weekday_that_is_one_day_stays_a_date(text: str) -> None:
    assert not any(isinstance(m.result, Recurrence) for m in bd.search(text, now=NOW))


def test_a_length_before_an_anchored_time_is_a_length() -> None:
    matches = bd.search("চার ঘণ্টা পর আজ সকাল ৯টায় আগুন নেভে।", now=NOW)
    assert isinstance(matches[0].result, Duration)
    assert matches[0].isoformat() == "PT4H"
    assert matches[1].isoformat() == "2024-09-14T09:00:00+06:00"


def test_a_length_before_a_separate_item_stays_a_time() -> None:
    # a separator between them: two items of a list, each from now
    assert found("আপডেট: ৫৯ মিনিট আগে | গতকাল রাত ৯টায় হামলা")[0][1] == "2024-09-14T17:43:00+06:00"
    assert found("৩ দিন পরে | আজ রাত ৯টায়")[0][1] == "2024-09-17"


def test_weekday_range_with_one_time_is_weekly_at_that_time() -> None:
    [match] = bd.search("ধারাবাহিকটি শনি থেকে বুধবার রাত ৯টায় প্রচারিত হবে", now=NOW)
    assert match.result == Recurrence("weekly", byweekday=("SA", "SU", "MO", "TU", "WE"), time=time(21))
    # with পর্যন্ত after the time, the time ends one span
    [span] = bd.search("কারফিউ শনিবার থেকে বুধবার রাত ৯টা পর্যন্ত", now=NOW)
    assert isinstance(span.result, Interval)


def test_a_window_on_a_named_day_is_not_daily() -> None:
    matches = bd.search("স্বাধীনতা দিবসে জাদুঘর সকাল ১০টা থেকে বিকেল ৪টা পর্যন্ত খোলা থাকবে।", now=NOW)
    assert [type(m.result) for m in matches] == [Interval]


def test_a_window_from_a_day_on_is_daily() -> None:
    # সোমবার থেকে, an open start, bounds the schedule: the hours are every day's
    matches = bd.search("সোমবার থেকে অফিস সকাল ৯টা থেকে বিকেল ৩টা পর্যন্ত খোলা থাকবে।", now=NOW)
    assert matches[-1].result == Recurrence("daily", during=(time(9), time(15)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("প্রতি রবিবার বিকেল ৪টায় বাজার বসবে।", Recurrence("weekly", byweekday=("SU",), time=time(16))),
        ("প্রতিদিন দোকানটি সকাল ৮টা থেকে রাত ১০টা পর্যন্ত খোলা।", Recurrence("daily", during=(time(8), time(22)))),
    ],
)
def test_a_recurrence_takes_the_time_later_in_its_sentence(text: str, expected: Recurrence) -> None:
    [match] = bd.search(text, now=NOW)
    assert match.result == expected
    assert match.text == text[match.start : match.end]


def test_a_recurrence_does_not_take_a_time_from_the_next_sentence() -> None:
    matches = bd.search("প্রতি রবিবার বাজার বসে। আজ বিকেল ৪টায় সভা।", now=NOW)
    assert matches[0].result == Recurrence("weekly", byweekday=("SU",))


@pytest.mark.parametrize(
    "text",
    ["সভা বিকেল সাড়ে ৩টা (৩:৩০টা) থেকে শুরু হবে।", "দোকান সকাল ৯টা থেকে বিকেল সাড়ে ৩টা (৩:৩০) পর্যন্ত খোলা।"],
)
def test_a_time_said_again_in_brackets_is_not_another_time(text: str) -> None:
    assert not any(m.isoformat() == "03:30:00" for m in bd.search(text, now=NOW))


# Rule 7: a clock time with no date is on the day the text is about: a day earlier in its
# sentence, the day a report last named, or, in a report naming none, the report's own
# day (now's; a time still ahead of now is the day before's). ওইদিন/সেদিন says so outright.
@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # a day earlier in the sentence
        ("শনিবার, ৭ সেপ্টেম্বর নির্ধারিত সময় সকাল ৭টার ট্রেন", NOW, [("শনিবার, ৭ সেপ্টেম্বর", "2024-09-07"), ("সকাল ৭টার", "2024-09-07T07:00:00+06:00")]),
        ("১২ সেপ্টেম্বর প্রথম দিনে শেষ সময় ভোর ৪টা ৪০ মিনিট", NOW, [("১২ সেপ্টেম্বর", "2024-09-12"), ("ভোর ৪টা ৪০ মিনিট", "2024-09-12T04:40:00+06:00")]),
        # a day the sentence names is kept, even when the time is still ahead of now
        ("আজ ঢাকায় সূর্যোদয় - ৫টা ৪০ মিনিটে", datetime(2024, 9, 14, 2, 0), [("আজ", "2024-09-14"), ("সূর্যোদয় - ৫টা ৪০ মিনিটে", "2024-09-14T05:40:00+06:00")]),
        # a report naming no day: now's, or the day before when the time is still ahead
        ("পরে বিকেল ৪টায় মন্ত্রী সংবাদ সম্মেলন করেন।", NOW, [("বিকেল ৪টায়", "2024-09-14T16:00:00+06:00")]),
        ("রাত ১০টার দিকে আগুন লাগার খবর পাওয়া গেছে।", NOW, [("রাত ১০টার দিকে", "2024-09-13T22:00:00+06:00")]),
        # a report: the day it named in an earlier sentence
        ("১৩ সেপ্টেম্বর মেলা শুরু হয়েছে। সন্ধ্যা ৭টায় উদ্বোধন করেন মন্ত্রী।", NOW,
         [("১৩ সেপ্টেম্বর", "2024-09-13"), ("সন্ধ্যা ৭টায়", "2024-09-13T19:00:00+06:00")]),
        # a line that is a date alone (a masthead's) names no day of the story
        ("ঢাকা, বৃহস্পতিবার ১০ জুলাই ২০২৫\nবিকেল ৪টায় মন্ত্রী ঢাকায় পৌঁছান।", datetime(2018, 12, 2, 8, 42),
         [("বৃহস্পতিবার ১০ জুলাই ২০২৫", "2025-07-10"), ("বিকেল ৪টায়", "2018-12-01T16:00:00+06:00")]),
        # that day, said outright (the word is part of the match)
        ("১০ সেপ্টেম্বর তিনি ঢাকায় আসেন। সেদিন রাত ৯টায় ফেরার কথা ছিল।", NOW,
         [("১০ সেপ্টেম্বর", "2024-09-10"), ("সেদিন রাত ৯টায়", "2024-09-10T21:00:00+06:00")]),
        # the first minutes of a named day, said in brackets, in a report written that night
        ("মঙ্গলবার প্রথম প্রহরে (রাত ১২টা ১০ মিনিটে) আগুন লাগে।", datetime(2024, 9, 10, 21, 0),
         [("মঙ্গলবার", "2024-09-10"), ("রাত ১২টা ১০ মিনিটে", "2024-09-10T00:10:00+06:00")]),
    ],
)
def test_a_clock_time_is_on_the_day_the_text_is_about(
    text: str, now: datetime, expected: list[tuple[str, str]]
) -> None:
    matches = bd.search(text, now=now)
    assert [(m.text, m.isoformat()) for m in matches] == expected
    assert all(text[m.start : m.end] == m.text for m in matches)


def test_a_window_after_a_day_in_its_sentence_is_on_that_day() -> None:
    text = "বুধবার (১১ সেপ্টেম্বর) শহরে সকাল ১০টা থেকে দুপুর ১টা পর্যন্ত মিছিল হয়।"
    assert found(text) == [
        ("বুধবার (১১ সেপ্টেম্বর)", "2024-09-11"),  # the bracket it opened closes in it
        ("সকাল ১০টা থেকে দুপুর ১টা পর্যন্ত", "2024-09-11T10:00:00+06:00/2024-09-11T13:00:00+06:00"),
    ]


def test_a_window_a_report_tells_of_stays_a_window() -> None:
    # a report of a rule (সিদ্ধান্ত … করেছে), not of an event of the day
    text = "রাত ৮টা থেকে ১০টা পর্যন্ত দোকান বন্ধ রাখার সিদ্ধান্ত নিয়েছে সরকার।"
    assert found(text) == [("রাত ৮টা থেকে ১০টা পর্যন্ত", "20:00:00/22:00:00")]


# Rule 1 for clock times: a time said to start and a time said to end are one interval;
# a time that ends after a day that starts is on that day.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("সভা শুরু হবে বিকেল ৩টায় এবং শেষ হবে সন্ধ্যা ৬টায়।", "15:00:00/18:00:00"),
        ("পরীক্ষা সকাল ৯টায় শুরু হয়ে দুপুর ১২টায় শেষ হবে।", "09:00:00/12:00:00"),
        ("রবিবার বিকেল ৪টায় শুরু হয়ে উৎসব চলবে রাত ১০টা পর্যন্ত।", "2024-09-15T16:00:00+06:00/2024-09-15T22:00:00+06:00"),
        # a clock time that starts and an open end
        ("দুপুর ২টা ৩০ মিনিটে বৈঠক শুরু হয়ে চলে বিকেল ৫টা পর্যন্ত।", "14:30:00/17:00:00"),
        ("রাত ১০টায় শুরু হয়ে অনুষ্ঠান চলে ভোর ৪টা পর্যন্ত।", "22:00:00/04:00:00"),
    ],
)
def test_a_start_time_and_an_end_time_in_one_sentence(text: str, expected: str) -> None:
    [match] = bd.search(text, now=NOW)
    assert match.isoformat() == expected


# Rule 9: a day period said alone (রাতে, সকালে) in a report is the day it last told of.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("শুক্রবার (১৩ সেপ্টেম্বর) মেলা শুরু হয়েছে। সন্ধ্যায় অতিথিরা আসেন বলে জানান আয়োজক।",
         [("শুক্রবার (১৩ সেপ্টেম্বর)", "2024-09-13"), ("সন্ধ্যায়", "2024-09-13")]),
        # no day told of, a plan, or a noun (সারা রাত): nothing
        ("সন্ধ্যায় অতিথিরা আসেন বলে জানান আয়োজক।", []),
        ("শুক্রবার মেলা শুরু হয়েছে। সন্ধ্যায় অতিথিরা আসবেন।", [("শুক্রবার", "2024-09-13")]),
        ("শুক্রবার মেলা শুরু হয়েছে। সারা রাত গান হয়েছে।", [("শুক্রবার", "2024-09-13")]),
    ],
)
def test_a_day_period_alone_in_a_report(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_window_that_runs_once_is_not_daily() -> None:
    # চলবে (will run) is said of a day's event too: no cue of a schedule
    assert found("ভোট গ্রহণ চলবে সকাল ৮টা থেকে বিকেল ৪টা পর্যন্ত।") == [
        ("সকাল ৮টা থেকে বিকেল ৪টা পর্যন্ত", "08:00:00/16:00:00")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("নাটকটি প্রচার হবে সন্ধ্যা ৭টায়।", [("সন্ধ্যা ৭টায়", "19:00:00")]),  # a plan, no day
        ("সময়: সকাল ১০টা ৩০ মিনিট", [("সকাল ১০টা ৩০ মিনিট", "10:30:00")]),  # no report, no day
        # a day in an earlier sentence of what is no report
        ("১৪ সেপ্টেম্বর বার্ষিক সভা। সময় বিকেল ৩টা", [("১৪ সেপ্টেম্বর", "2024-09-14"), ("বিকেল ৩টা", "15:00:00")]),
        # a length from now names no day of the text's own
        ("৬ ঘণ্টা পর রাত ৯টা ২২ মিনিটে এ বিমানবন্দর থেকে", [("৬ ঘণ্টা পর", "2024-09-15T00:42:00+06:00"), ("রাত ৯টা ২২ মিনিটে", "21:22:00")]),
        # a fraction the grammar cannot take with the offset: nothing of it, not its last part
        ("প্রায় সাড়ে ৬ ঘণ্টা পর রাত ৯টা ২২ মিনিটে", [("রাত ৯টা ২২ মিনিটে", "21:22:00")]),
    ],
)
def test_a_clock_time_without_its_day_stays_a_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# Rule 8: X-এর পরিবর্তে Y — the time replaced is none of the answer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("প্রতি রবিবার সকাল ৯টার পরিবর্তে সকাল ১০টায় ক্লাস হবে।", [("প্রতি রবিবার সকাল ৯টার পরিবর্তে সকাল ১০টায়", "FREQ=WEEKLY;BYDAY=SU;BYHOUR=10;BYMINUTE=0")]),
        ("প্রতিদিন সকাল ৮টা থেকে দুপুর ২টার বদলে সকাল ৯টা থেকে বিকেল ৩টা পর্যন্ত অফিস চলবে।", [("প্রতিদিন সকাল ৮টা থেকে দুপুর ২টার বদলে সকাল ৯টা থেকে বিকেল ৩টা পর্যন্ত", "FREQ=DAILY")]),
        ("মঙ্গলবার সকাল ১১টার পরিবর্তে দুপুর ২টায় বৈঠক বসবে।", [("মঙ্গলবার সকাল ১১টার পরিবর্তে দুপুর ২টায়", "2024-09-17T14:00:00+06:00")]),
        ("ম্যাচটি সন্ধ্যা ৬টার পরিবর্তে রাত ৮টায় শুরু হবে।", [("রাত ৮টায়", "20:00:00")]),
        # an open start after it: the recurrence keeps no time of the two
        ("প্রতি শনিবার দুপুর ২টার পরিবর্তে দুপুর ১টা থেকে চলবে।", [("প্রতি শনিবার দুপুর ২টার", "FREQ=WEEKLY;BYDAY=SA"), ("দুপুর ১টা থেকে", "13:00:00/..")]),
        # a day's time replaced by an open start: from that time on that day; a time alone: the second
        ("সোমবার সকাল ৯টার পরিবর্তে দুপুর ১২টা থেকে ক্লাস হবে।", [("সোমবার সকাল ৯টার পরিবর্তে দুপুর ১২টা থেকে", "2024-09-16T12:00:00+06:00/..")]),
        ("বিকেল ৪টার পরিবর্তে বিকেল ৫টা থেকে খোলা থাকবে।", [("বিকেল ৫টা থেকে", "17:00:00/..")]),
        # a date for a date: both stand
        ("সভা ২০ সেপ্টেম্বরের পরিবর্তে ২২ সেপ্টেম্বর হবে।", [("২০ সেপ্টেম্বরের", "2024-09-20"), ("২২ সেপ্টেম্বর", "2024-09-22")]),
    ],
)
def test_a_time_replaced_is_no_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_window_replaced_takes_the_new_window() -> None:
    [m] = bd.search("প্রতিদিন সকাল ৮টা থেকে দুপুর ২টার বদলে সকাল ৯টা থেকে বিকেল ৩টা পর্যন্ত অফিস চলবে।", now=NOW)
    assert isinstance(m.result, Recurrence)
    assert m.result.during == (time(9), time(15))


# A day a name fixes (বিজয় দিবস, 16 December) dates a clock time or window in its sentence,
# in the year the sentence points to; the zone decides where the name means two days.
@pytest.mark.parametrize(
    ("text", "now", "tz", "expected"),
    [
        ("বিজয় দিবসে স্মৃতিসৌধ সকাল ৮টা থেকে দুপুর ২টা পর্যন্ত খোলা থাকবে।", datetime(2024, 12, 10), "Asia/Dhaka",
         "2024-12-16T08:00:00+06:00/2024-12-16T14:00:00+06:00"),
        ("শহীদ দিবসে রাত ১২টা ১ মিনিটে শহীদ মিনারে শ্রদ্ধা জানান রাষ্ট্রপতি।", datetime(2025, 2, 22, 9, 0), "Asia/Dhaka",
         "2025-02-21T00:01:00+06:00"),
        ("স্বাধীনতা দিবসে সকাল ৯টায় কুচকাওয়াজ হবে।", datetime(2024, 8, 1), "Asia/Dhaka", "2025-03-26T09:00:00+06:00"),
        ("স্বাধীনতা দিবসে সকাল ৯টায় কুচকাওয়াজ হবে।", datetime(2024, 8, 1), "Asia/Kolkata", "2024-08-15T09:00:00+05:30"),
        # no name of a fixed day: the time stays a time
        ("সকাল ৯টায় কুচকাওয়াজ হবে।", datetime(2024, 8, 1), "Asia/Dhaka", "09:00:00"),
    ],
)
def test_a_day_a_name_fixes_dates_its_sentence(text: str, now: datetime, tz: str, expected: str) -> None:
    [m] = bd.search(text, now=now, tz=tz)
    assert m.isoformat() == expected


# Rule 10: a list of days prints its year once; each year-less day beside a dated one is in
# its year (the year before or after where the list runs across a new year).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("পরীক্ষা ৫ আগস্ট ও ৬ আগস্ট ২০২৩ অনুষ্ঠিত হয়েছিল।", [("৫ আগস্ট", "2023-08-05"), ("৬ আগস্ট ২০২৩", "2023-08-06")]),
        ("২০২৩ সালের ৫ আগস্ট ও ৬ আগস্ট সভা হয়।", [("২০২৩ সালের ৫ আগস্ট", "2023-08-05"), ("৬ আগস্ট", "2023-08-06")]),
        ("২৮ জুলাই, ৪ আগস্ট ও ১১ আগস্ট ২০২৩ তারিখে", [("২৮ জুলাই", "2023-07-28"), ("৪ আগস্ট", "2023-08-04"), ("১১ আগস্ট ২০২৩ তারিখে", "2023-08-11")]),
        ("৩১ ডিসেম্বর ও ১ জানুয়ারি ২০২৪ ছুটি ছিল", [("৩১ ডিসেম্বর", "2023-12-31"), ("১ জানুয়ারি ২০২৪", "2024-01-01")]),
        ("৫ থেকে ৬ আগস্ট ও ৮ আগস্ট ২০২৩ সভা হয়", [("৫ থেকে ৬ আগস্ট", "2023-08-05/2023-08-06"), ("৮ আগস্ট ২০২৩", "2023-08-08")]),
        ("৩১ ডিসেম্বর ২০২৩ এবং ১ জানুয়ারি ছুটি ছিল", [("৩১ ডিসেম্বর ২০২৩", "2023-12-31"), ("১ জানুয়ারি", "2024-01-01")]),
        ("২৮ জুলাই, ৩ ও ৪ আগস্ট ২০২৩ তারিখে", [("২৮ জুলাই", "2023-07-28"), ("৩ ও ৪ আগস্ট ২০২৩ তারিখে", "2023-08-03/2023-08-04")]),
        # not a list: another sentence, or a word between; a weekday keeps the day's own reading
        ("সভা হয় ৫ আগস্ট ২০২৩। ৬ আগস্ট ফল বের হয়।", [("৫ আগস্ট ২০২৩", "2023-08-05"), ("৬ আগস্ট", "2024-08-06")]),
        ("৫ আগস্ট ২০২৩ সভা, ৬ আগস্ট মিছিল", [("৫ আগস্ট ২০২৩", "2023-08-05"), ("৬ আগস্ট", "2024-08-06")]),
    ],
)
def test_a_list_of_days_prints_its_year_once(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
