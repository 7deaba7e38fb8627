"""Web addresses in running text: what no date is read from, and no date is spoken in.

A web address begins with ``http://``, ``https://`` or ``www.`` after a space, a bracket or
a quote (or at the start) and runs to the next space, closing bracket or quote. Its digits
(``/2024/09/14``) are a path, not a date: :func:`bn_datetime.search` starts and ends no
match inside one, and :func:`bn_datetime.verbalize` leaves it as written.

>>> [m.group() for m in URL.finditer("দেখুন https://example.com/2024/09/14 ১২টায় (www.x.com/a)")]
['https://example.com/2024/09/14', 'www.x.com/a']
>>> URL.search("লিংক:https://x.com") is None  # glued to a word: not an address's start
True
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["URL"]

#: One web address (linear: one pass, no nested repetition).
URL: Final = re.compile(r"(?<![^\s(\[<\"'])(?:https?://|www\.)[^\s<>\"')\]]+")
