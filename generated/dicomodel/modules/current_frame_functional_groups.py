"""Current Frame Functional Groups Module Attributes.

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
        UnassignedSharedConvertedAttributesSequenceItem as CurrentFrameFunctionalGroupsSequenceItem,
    )

__all__ = [
    "CurrentFrameFunctionalGroupsModule",
    "CurrentFrameFunctionalGroupsSequenceItem",
]


class CurrentFrameFunctionalGroupsModule(DicomModel):
    """Current Frame Functional Groups Module Attributes (PS3.3 Table C.7.6.27-1)."""

    dicom_name: ClassVar[str] = "Current Frame Functional Groups"
    dicom_table: ClassVar[str] = "table_C.7.6.27-1"

    CurrentFrameFunctionalGroupsSequence: Annotated[
        list[_UnassignedSharedConvertedAttributesSequenceItem],
        Attribute(0x00060001, "SQ", "1", "1", name="Current Frame Functional Groups Sequence"),
    ]
    """Current Frame Functional Groups Sequence (0006,0001): Type 1, VR SQ, VM 1. Sequence that contains the Functional Groups Sequence Attributes corresponding to the current frame or audio sample. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CurrentFrameFunctionalGroupsSequenceItem": (
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
