"""The argument parser of every ``bn-datetime`` command.

argparse writes ``--help``, ``--version`` and usage errors itself and swallows an
``OSError`` while doing so, so ``bn-datetime --help > /dev/full`` would exit 0 with
nothing written. :class:`ArgumentParser` lets that error through to the command's
``main``, which reports it in one line and exits 1.

>>> import io
>>> class Full(io.StringIO):
...     def write(self, text: str) -> int:
...         raise OSError(28, "No space left on device")
>>> ArgumentParser(prog="x").print_help(Full())
Traceback (most recent call last):
OSError: [Errno 28] No space left on device
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

__all__ = ["ArgumentParser"]


class ArgumentParser(argparse.ArgumentParser):
    """argparse's parser, except that a failed write of help or usage is not hidden."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if not message:
            return
        out = file if file is not None else sys.stderr
        if out is None:  # stderr closed: nowhere to say it
            return
        out.write(message)
