"""Unassigned Shared Converted Attributes Macro Attributes.

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
        UnassignedSharedConvertedAttributesSequenceItem as UnassignedSharedConvertedAttributesSequenceItem,
    )

__all__ = [
    "UnassignedSharedConvertedAttributesMacro",
    "UnassignedSharedConvertedAttributesSequenceItem",
]


class UnassignedSharedConvertedAttributesMacro(DicomModel):
    """Unassigned Shared Converted Attributes Macro Attributes (PS3.3 Table C.7.6.16.2.25.1-1)."""

    dicom_name: ClassVar[str] = "Unassigned Shared Converted Attributes"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.25.1-1"

    UnassignedSharedConvertedAttributesSequence: Annotated[
        list[_UnassignedSharedConvertedAttributesSequenceItem] | None,
        Attribute(
            0x00209170,
            "SQ",
            "1",
            "1C",
            name="Unassigned Shared Converted Attributes Sequence",
            when=("unknown", "names no attribute: any unassigned shared Attributes are present"),
        ),
    ] = None
    """Unassigned Shared Converted Attributes Sequence (0020,9170): Type 1C, VR SQ, VM 1. Required if any unassigned shared Attributes are present. Contains all of the Standard and Private Attributes that are present in all of the converted Classic images, that have the same number of values, that have the same values, and that are not in the top-level Data Set."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "UnassignedSharedConvertedAttributesSequenceItem": (
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
