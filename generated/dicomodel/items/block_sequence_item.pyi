"""Item class BlockSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlockDivergence as BlockDivergence
from dicomodel.enums import BlockMountingPosition as BlockMountingPosition
from dicomodel.enums import BlockType as BlockType
from dicomodel.items import BlockSequenceItem as BlockSequenceItem

__all__ = ["BlockDivergence", "BlockMountingPosition", "BlockSequenceItem", "BlockType"]
