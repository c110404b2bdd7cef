"""Sequence item models shared by modules, macros and IODs; loaded on first use.

Generated from DICOM 2099a; do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE: dict[str, str] = {
    "PixelMeasuresSequenceItem": "dicomodel.items.pixel_measures_sequence_item",
    "ReferencedImageSequenceItem": "dicomodel.items.referenced_image_sequence_item",
    "SharedFunctionalGroupsSequenceItem": "dicomodel.items.shared_functional_groups_sequence_item",
}

if TYPE_CHECKING:
    from dicomodel.items.pixel_measures_sequence_item import (
        PixelMeasuresSequenceItem as PixelMeasuresSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item import (
        ReferencedImageSequenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item import (
        ReferencedImageSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.shared_functional_groups_sequence_item import (
        SharedFunctionalGroupsSequenceItem as SharedFunctionalGroupsSequenceItem,
    )

# Another name of a shared class: the keyword of a sequence whose items it holds.
_ALIASES: dict[str, str] = {
    "ReferencedSOPSequenceItem": "ReferencedImageSequenceItem",
}

__all__ = [
    "PixelMeasuresSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedSOPSequenceItem",
    "SharedFunctionalGroupsSequenceItem",
]


def __getattr__(name: str) -> Any:
    name = _ALIASES.get(name, name)
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
