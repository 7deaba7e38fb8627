"""The door: text made one encoding before anything reads it.

:mod:`~bn_datetime.text.normalize` (NFC, one spelling of য় ড় ঢ়, no zero-width characters,
one set of digits and punctuation, with a map back to the caller's offsets) and
:mod:`~bn_datetime.text.digits` (Bengali ⇄ ASCII digits).
"""
