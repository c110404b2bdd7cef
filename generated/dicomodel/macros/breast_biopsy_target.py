"""Breast Biopsy Target Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.biopsy_target_sequence_item import (
        BiopsyTargetSequenceItem as _BiopsyTargetSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BiopsyTargetSequenceItem = Lazy(
        "dicomodel.items.biopsy_target_sequence_item", "BiopsyTargetSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.biopsy_target_sequence_item import (
        BiopsyTargetSequenceItem as BiopsyTargetSequenceItem,
    )

__all__ = [
    "BiopsyTargetSequenceItem",
    "BreastBiopsyTargetMacro",
]


class BreastBiopsyTargetMacro(DicomModel):
    """Breast Biopsy Target Macro Attributes (PS3.3 Table C.8.21.5.2-1)."""

    dicom_name: ClassVar[str] = "Breast Biopsy Target"
    dicom_table: ClassVar[str] = "table_C.8.21.5.2-1"

    BiopsyTargetSequence: Annotated[
        list[_BiopsyTargetSequenceItem] | None,
        Attribute(
            0x00182041,
            "SQ",
            "1",
            "1C",
            name="Biopsy Target Sequence",
            when=(
                "unknown",
                "names no attribute: one or more biopsy targets are present for this frame",
            ),
        ),
    ] = None
    """Biopsy Target Sequence (0018,2041): Type 1C, VR SQ, VM 1. Required if one or more biopsy targets are present for this frame. Sequence that identifies the targets of a biopsy procedure. One or more Items are permitted in this Sequence for this frame, where the coordinate system is the same for all Items within a pair of stereo images."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BiopsyTargetSequenceItem": (
        "dicomodel.items.biopsy_target_sequence_item",
        "BiopsyTargetSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
