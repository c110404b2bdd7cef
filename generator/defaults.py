"""What the shipped ``generated/`` package is built from, unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_EDITION = "2024c"
DEFAULT_FORMAT = "chtml"
# Parts the generator reads, in the order it reads them.
DEFAULT_PARTS = (3, 4, 6, 16)
MIRROR_ENV = "DICOMODEL_MIRROR"


def default_mirror() -> str | None:
    """``$DICOMODEL_MIRROR`` when set (the nox sessions point it at ``../shared``)."""
    return os.environ.get(MIRROR_ENV) or None


def repository_root() -> Path:
    """The checkout's root: where ``generated/`` lives."""
    return Path(__file__).resolve().parent.parent


def default_output() -> Path:
    """``generated/`` of the checkout."""
    return repository_root() / "generated"
