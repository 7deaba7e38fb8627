"""``python -m bn_datetime`` runs the ``bn-datetime`` command."""

from __future__ import annotations

import sys

from .cli import main

sys.exit(main())
