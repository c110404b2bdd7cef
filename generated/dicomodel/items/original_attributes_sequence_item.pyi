"""Item class OriginalAttributesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as _ReasonForTheAttributeModificationTerm,
)
from dicomodel.items import (
    NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
)
from dicomodel.items import (
    NonconformingModifiedAttributesSequenceItem as _NonconformingModifiedAttributesSequenceItem,
)
from dicomodel.items import OriginalAttributesSequenceItem as OriginalAttributesSequenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as _UnassignedSharedConvertedAttributesSequenceItem,
)

__all__ = [
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OriginalAttributesSequenceItem",
    "ReasonForTheAttributeModificationTerm",
]
