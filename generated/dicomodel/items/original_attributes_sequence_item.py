"""Item class OriginalAttributesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.reason_for_the_attribute_modification import (
        ReasonForTheAttributeModificationTerm as _ReasonForTheAttributeModificationTerm,
    )
    from dicomodel.items.nonconforming_modified_attributes_sequence_item import (
        NonconformingModifiedAttributesSequenceItem as _NonconformingModifiedAttributesSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as _UnassignedSharedConvertedAttributesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _NonconformingModifiedAttributesSequenceItem = Lazy(
        "dicomodel.items.nonconforming_modified_attributes_sequence_item",
        "NonconformingModifiedAttributesSequenceItem",
    )
    _ReasonForTheAttributeModificationTerm = Lazy(
        "dicomodel.enums.reason_for_the_attribute_modification",
        "ReasonForTheAttributeModificationTerm",
    )
    _UnassignedSharedConvertedAttributesSequenceItem = Lazy(
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.reason_for_the_attribute_modification import (
        ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
    )
    from dicomodel.items.nonconforming_modified_attributes_sequence_item import (
        NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
    )

__all__ = [
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OriginalAttributesSequenceItem",
    "ReasonForTheAttributeModificationTerm",
]


class OriginalAttributesSequenceItem(DicomModel):
    """An item of Original Attributes Sequence (0400,0561), as first defined in Original Attributes Macro Attributes (C.12.1.1.9-1)."""

    dicom_name: ClassVar[str] = "Original Attributes Sequence"
    dicom_table: ClassVar[str] = "table_C.12.1.1.9-1"

    SourceOfPreviousValues: Annotated[
        vr.LO | None, Attribute(0x04000564, "LO", "1", "2", name="Source of Previous Values")
    ]
    """Source of Previous Values (0400,0564): Type 2, VR LO, VM 1. The source that provided the SOP Instance prior to the removal or replacement of the values. For example, this might be the Institution from which imported SOP Instances were received."""

    AttributeModificationDateTime: Annotated[
        vr.DT, Attribute(0x04000562, "DT", "1", "1", name="Attribute Modification DateTime")
    ]
    """Attribute Modification DateTime (0400,0562): Type 1, VR DT, VM 1. Date and time the Attributes were replaced, added or removed."""

    ModifyingSystem: Annotated[
        vr.LO, Attribute(0x04000563, "LO", "1", "1", name="Modifying System")
    ]
    """Modifying System (0400,0563): Type 1, VR LO, VM 1. Identification of the system that replaced, added or removed the Attributes."""

    ReasonForTheAttributeModification: Annotated[
        _ReasonForTheAttributeModificationTerm | vr.CS,
        Attribute(0x04000565, "CS", "1", "1", name="Reason for the Attribute Modification"),
    ]
    """Reason for the Attribute Modification (0400,0565): Type 1, VR CS, VM 1. Reason for the Attribute modification. Defined Terms: COERCE Replace, add or remove values of Attributes such as Patient Name, ID, Accession Number, for example, during import of media from an external institution, or reconciliation against..."""

    ModifiedAttributesSequence: Annotated[
        list[_UnassignedSharedConvertedAttributesSequenceItem],
        Attribute(0x04000550, "SQ", "1", "1", name="Modified Attributes Sequence"),
    ]
    """Modified Attributes Sequence (0400,0550): Type 1, VR SQ, VM 1. Sequence that contains all the Attributes, with their previous values, that were modified or removed from the top level Data Set. See Section C.12.1.1.9.1. Only a single Item shall be included in this Sequence."""

    NonconformingModifiedAttributesSequence: Annotated[
        list[_NonconformingModifiedAttributesSequenceItem] | None,
        Attribute(0x04000551, "SQ", "1", "3", name="Nonconforming Modified Attributes Sequence"),
    ] = None
    """Nonconforming Modified Attributes Sequence (0400,0551): Type 3, VR SQ, VM 1. Attributes that were replaced or removed from the Data Set because the values were not conformant to the Attribute's Value Representation or Value Multiplicity. See Section C.12.1.1.9.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ModifiedAttributesSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "NonconformingModifiedAttributesSequenceItem": (
        "dicomodel.items.nonconforming_modified_attributes_sequence_item",
        "NonconformingModifiedAttributesSequenceItem",
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
