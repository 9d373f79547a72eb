"""The ``claimline`` command line: a thin layer over the library API.

Each sub-module registers its commands on :data:`main`; commands call one
library function and turn :class:`~claimline.errors.ClaimlineError` into a
clear message and a stable exit code (see :mod:`claimline.cli._common`).
"""

from __future__ import annotations

import importlib
import pkgutil

from claimline.cli._common import main

# Import every command module so that its @main.command decorators run.
for _info in pkgutil.iter_modules(__path__):
    if not _info.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_info.name}")

__all__ = ["main"]
