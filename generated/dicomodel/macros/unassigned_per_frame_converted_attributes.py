"""Unassigned Per-Frame Converted Attributes Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as _UnassignedSharedConvertedAttributesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _UnassignedSharedConvertedAttributesSequenceItem = Lazy(
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as UnassignedPerFrameConvertedAttributesSequenceItem,
    )

__all__ = [
    "UnassignedPerFrameConvertedAttributesMacro",
    "UnassignedPerFrameConvertedAttributesSequenceItem",
]


class UnassignedPerFrameConvertedAttributesMacro(DicomModel):
    """Unassigned Per-Frame Converted Attributes Macro Attributes (PS3.3 Table C.7.6.16.2.25.2-1)."""

    dicom_name: ClassVar[str] = "Unassigned Per-Frame Converted Attributes"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.25.2-1"

    UnassignedPerFrameConvertedAttributesSequence: Annotated[
        list[_UnassignedSharedConvertedAttributesSequenceItem] | None,
        Attribute(
            0x00209171,
            "SQ",
            "1",
            "1C",
            name="Unassigned Per-Frame Converted Attributes Sequence",
            when=(
                "unknown",
                "names no attribute: any unassigned per-frame Attributes are present for this frame",
            ),
        ),
    ] = None
    """Unassigned Per-Frame Converted Attributes Sequence (0020,9171): Type 1C, VR SQ, VM 1. Required if any unassigned per-frame Attributes are present for this frame. Contains all of the Standard and Private Attributes that are present in only some of the converted Classic images, or that have a different number of values, or that have different values."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "UnassignedPerFrameConvertedAttributesSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
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
