"""Original Attributes Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.original_attributes_sequence_item import (
        OriginalAttributesSequenceItem as _OriginalAttributesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OriginalAttributesSequenceItem = Lazy(
        "dicomodel.items.original_attributes_sequence_item", "OriginalAttributesSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.reason_for_the_attribute_modification import (
        ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
    )
    from dicomodel.items.nonconforming_modified_attributes_sequence_item import (
        NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
    )
    from dicomodel.items.original_attributes_sequence_item import (
        OriginalAttributesSequenceItem as OriginalAttributesSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
    )

__all__ = [
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OriginalAttributesMacro",
    "OriginalAttributesSequenceItem",
    "ReasonForTheAttributeModificationTerm",
]


class OriginalAttributesMacro(DicomModel):
    """Original Attributes Macro Attributes (PS3.3 Table C.12.1.1.9-1)."""

    dicom_name: ClassVar[str] = "Original Attributes"
    dicom_table: ClassVar[str] = "table_C.12.1.1.9-1"

    OriginalAttributesSequence: Annotated[
        list[_OriginalAttributesSequenceItem] | None,
        Attribute(0x04000561, "SQ", "1", "3", name="Original Attributes Sequence"),
    ] = None
    """Original Attributes Sequence (0400,0561): Type 3, VR SQ, VM 1. Sequence of Items containing all Attributes that were added, removed or replaced by other values in the top level Data Set. See Section C.12.1.1.9. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ModifiedAttributesSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "NonconformingModifiedAttributesSequenceItem": (
        "dicomodel.items.nonconforming_modified_attributes_sequence_item",
        "NonconformingModifiedAttributesSequenceItem",
    ),
    "OriginalAttributesSequenceItem": (
        "dicomodel.items.original_attributes_sequence_item",
        "OriginalAttributesSequenceItem",
    ),
    "ReasonForTheAttributeModificationTerm": (
        "dicomodel.enums.reason_for_the_attribute_modification",
        "ReasonForTheAttributeModificationTerm",
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
