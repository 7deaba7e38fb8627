"""Reading: normalised text → tokens → a typed reading → a resolved value.

The pipeline, one module a step:

* :mod:`~bn_datetime.reader._lexer` — the one scanner (its compiled twin sits behind
  :mod:`bn_datetime._core`); token kinds are named once there.
* :mod:`~bn_datetime.reader.grammar` — the rules for a point; :mod:`~bn_datetime.reader.fields`
  the typed reading they fill; :mod:`~bn_datetime.reader.components` resolves it.
* :mod:`~bn_datetime.reader.spans` — the rules for intervals, durations and recurrences.
* :mod:`~bn_datetime.reader.parsing` (``parse``, ``to_iso``), :mod:`~bn_datetime.reader.reading`
  (``read``), :mod:`~bn_datetime.reader.searching` (``search``, with the sentence rules of
  :mod:`~bn_datetime.reader.sentences`), :mod:`~bn_datetime.reader.pattern` (explicit patterns)
  and :mod:`~bn_datetime.reader.batch` (many at once) are the entry points.
"""
