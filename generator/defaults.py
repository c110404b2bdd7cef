"""What the shipped ``generated/`` package is built from, unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_EDITION = "2024c"
DEFAULT_FORMAT = "chtml"
# Parts the generator reads, in the order it reads them.
DEFAULT_PARTS = (3, 4, 6, 16)
MIRROR_ENV = "DICOMODEL_MIRROR"
# Overlays (generator/overlays/data/<name>) applied on top of DEFAULT_EDITION, in
# this order: final-text supplements and correction proposals the edition lacks.
# Supplement 243 (Label Map Segmentation, final text 2024-09-14) is not in 2024c.
DEFAULT_OVERLAYS = ("sup243",)


def default_overlays(edition: str) -> tuple[str, ...]:
    """The overlays a build of ``edition`` applies unless told otherwise.

    ``DEFAULT_OVERLAYS`` for the default edition; none for any other, since a later
    edition holds the supplements an earlier one lacked.
    """
    return DEFAULT_OVERLAYS if edition == DEFAULT_EDITION else ()


def default_mirror() -> str | None:
    """``$DICOMODEL_MIRROR`` when set (the nox sessions point it at ``../shared``)."""
    return os.environ.get(MIRROR_ENV) or None


def repository_root() -> Path:
    """The checkout's root: where ``generated/`` lives."""
    return Path(__file__).resolve().parent.parent


def default_output() -> Path:
    """``generated/`` of the checkout."""
    return repository_root() / "generated"
