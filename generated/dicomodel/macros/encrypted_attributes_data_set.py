"""Encrypted Attributes Data Set Attributes.

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
        UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
    )

__all__ = [
    "EncryptedAttributesDataSetMacro",
    "ModifiedAttributesSequenceItem",
]


class EncryptedAttributesDataSetMacro(DicomModel):
    """Encrypted Attributes Data Set Attributes (PS3.3 Table C.12-7)."""

    dicom_name: ClassVar[str] = "Encrypted Attributes Data Set"
    dicom_table: ClassVar[str] = "table_C.12-7"

    ModifiedAttributesSequence: Annotated[
        list[_UnassignedSharedConvertedAttributesSequenceItem],
        Attribute(0x04000550, "SQ", "1", "1", name="Modified Attributes Sequence"),
    ]
    """Modified Attributes Sequence (0400,0550): Type 1, VR SQ, VM 1. Sequence of Items containing all Attributes that were removed or replaced by \"dummy values\" in the top level Data Set during de-identification of the SOP Instance."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ModifiedAttributesSequenceItem": (
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
