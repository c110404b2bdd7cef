"""Item class IonBlockSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlockDivergence as BlockDivergence
from dicomodel.enums import BlockMountingPosition as BlockMountingPosition
from dicomodel.enums import BlockType as BlockType
from dicomodel.items import BlockSlabSequenceItemRTIonBeams as BlockSlabSequenceItem
from dicomodel.items import IonBlockSequenceItem as IonBlockSequenceItem

__all__ = [
    "BlockDivergence",
    "BlockMountingPosition",
    "BlockSlabSequenceItem",
    "BlockType",
    "IonBlockSequenceItem",
]
