"""A griffe extension for the docs site: docstring examples (``>>>`` blocks) as code.

The docstrings' examples are doctests run by pytest; without this, Markdown would read
them as text (``[...]`` output as links). Each run of non-blank lines starting at a
``>>>`` line is fenced as ``pycon``. Used by mkdocs.yml only.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_doctests(text: str) -> str:
    """Fence each doctest block (a ``>>>`` line and the non-blank lines after it)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        stripped = lines[i].lstrip()
        if not stripped.startswith(">>>"):
            out.append(lines[i])
            i += 1
            continue
        indent = lines[i][: len(lines[i]) - len(stripped)]
        out.append(indent + "```pycon")
        while i < len(lines) and lines[i].strip():
            out.append(lines[i])
            i += 1
        out.append(indent + "```")
    return "\n".join(out)


class DoctestBlocks(griffe.Extension):
    """Fence the doctest examples of every documented object."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
