"""Item class ScopeOfInventorySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import QueryRetrieveLevel as QueryRetrieveLevel
from dicomodel.items import ScopeOfInventorySequenceItem as ScopeOfInventorySequenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as EmptyValueMatchingSequenceItem,
)
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as GeneralMatchingSequenceItem,
)
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ListOfUIDMatchingSequenceItem,
)
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as RangeMatchingSequenceItem,
)

__all__ = [
    "EmptyValueMatchingSequenceItem",
    "GeneralMatchingSequenceItem",
    "ListOfUIDMatchingSequenceItem",
    "QueryRetrieveLevel",
    "RangeMatchingSequenceItem",
    "ScopeOfInventorySequenceItem",
]
