"""Item class OriginalAttributesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.items import (
    NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
)
from dicomodel.items import OriginalAttributesSequenceItem as OriginalAttributesSequenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)

__all__ = [
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OriginalAttributesSequenceItem",
    "ReasonForTheAttributeModificationTerm",
]
