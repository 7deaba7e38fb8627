"""Build hook: compile the C scanner (bn_datetime/_core/_scanner.c) when a compiler is there.

Without a C compiler (or with ``BN_DATETIME_PURE_BUILD=1``) the wheel is the pure-Python
package, tagged ``py3-none-any``, and installs without error; bn_datetime then uses its
pure scanner (bn_datetime.reader._lexer). A regular wheel carries the compiled module and a
platform tag; an editable install compiles it in place, next to its source.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

MODULE = "bn_datetime._core._scanner"
SOURCE = "bn_datetime/_core/_scanner.c"


def _compile(root: Path, into: Path) -> Path:
    """Compile the extension with setuptools' build_ext; the path of the built module."""
    from setuptools import Distribution, Extension
    from setuptools.command.build_ext import build_ext

    extension = Extension(MODULE, [str(root / SOURCE)])
    command = build_ext(Distribution({"name": "bn_datetime", "ext_modules": [extension]}))
    with tempfile.TemporaryDirectory() as temp:
        command.build_lib = str(into)
        command.build_temp = temp
        command.ensure_finalized()
        command.run()
    return Path(command.get_ext_fullpath(MODULE))


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Adds the compiled scanner to the wheel, or leaves the wheel pure when it cannot."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or os.environ.get("BN_DATETIME_PURE_BUILD") == "1":
            return
        root = Path(self.root)
        self._temp = tempfile.mkdtemp(prefix="bn_datetime-build-")
        try:
            built = _compile(root, Path(self._temp))
        except (Exception, SystemExit) as exc:  # no compiler, no headers, no setuptools
            print(
                f"bn_datetime: the C scanner was not built ({exc}); "
                "installing the pure-Python package",
                file=sys.stderr,
            )
            return
        if version == "editable":  # the editable install imports from the source tree
            target = root / "bn_datetime" / "_core" / built.name
            partial = target.with_name(target.name + ".partial")
            shutil.copy2(built, partial)
            os.replace(partial, target)  # a new file: a process that loaded the old one goes on
            return
        build_data["force_include"][str(built)] = f"bn_datetime/_core/{built.name}"
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        temp = getattr(self, "_temp", None)
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
