"""Item class InventoryReferenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContainerFileTypeTerm as ContainerFileTypeTerm
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.items import AccessEndPointsItem as InventoryAccessEndPointsSequenceItem
from dicomodel.items import InventoryReferenceItem as InventoryReferenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as IncorporatedInventoryInstanceSequenceItem,
)

__all__ = [
    "ContainerFileTypeTerm",
    "IncorporatedInventoryInstanceSequenceItem",
    "InventoryAccessEndPointsSequenceItem",
    "InventoryReferenceItem",
    "MACAlgorithmTerm",
]
