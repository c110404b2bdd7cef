"""Item class InventoryReferenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContainerFileTypeTerm as ContainerFileTypeTerm
from dicomodel.enums import ContainerFileTypeTerm as _ContainerFileTypeTerm
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MACAlgorithmTerm as _MACAlgorithmTerm
from dicomodel.items import AccessEndPointsItem as InventoryAccessEndPointsSequenceItem
from dicomodel.items import AccessEndPointsItem as _AccessEndPointsItem
from dicomodel.items import InventoryReferenceItem as InventoryReferenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as IncorporatedInventoryInstanceSequenceItem,
)
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as _UnassignedSharedConvertedAttributesSequenceItem,
)

__all__ = [
    "ContainerFileTypeTerm",
    "IncorporatedInventoryInstanceSequenceItem",
    "InventoryAccessEndPointsSequenceItem",
    "InventoryReferenceItem",
    "MACAlgorithmTerm",
]
