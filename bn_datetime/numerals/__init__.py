"""Numerals and number words: :mod:`~bn_datetime.numerals.numwords` reads and writes Bengali number words,
ordinals and numerals (lakh and crore grouping), both ways."""
