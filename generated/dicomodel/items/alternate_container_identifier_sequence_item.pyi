"""Item class AlternateContainerIdentifierSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.items import (
    AlternateContainerIdentifierSequenceItem as AlternateContainerIdentifierSequenceItem,
)
from dicomodel.items import (
    HL7v2HierarchicDesignatorItem as IssuerOfTheContainerIdentifierSequenceItem,
)

__all__ = [
    "AlternateContainerIdentifierSequenceItem",
    "IssuerOfTheContainerIdentifierSequenceItem",
    "UniversalEntityIDType",
]
