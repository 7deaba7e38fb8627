"""Writing back: values → Bengali text.

:mod:`~bn_datetime.writer.formatting` (styles and patterns),
:mod:`~bn_datetime.writer.spans_formatting` (intervals, durations, recurrences),
:mod:`~bn_datetime.writer.humanizing` (``২ ঘণ্টা আগে``), :mod:`~bn_datetime.writer.verbalizing`
(every digit spoken) and :mod:`~bn_datetime.writer.money` (amounts of money).
"""
