"""Item class BlockSequenceItemRTBeams.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlockDivergence as BlockDivergence
from dicomodel.enums import BlockDivergenceValue as _BlockDivergenceValue
from dicomodel.enums import BlockMountingPosition as BlockMountingPosition
from dicomodel.enums import BlockMountingPositionValue as _BlockMountingPositionValue
from dicomodel.enums import BlockType as BlockType
from dicomodel.enums import BlockTypeValue as _BlockTypeValue
from dicomodel.items import BlockSequenceItemRTBeams as BlockSequenceItemRTBeams

__all__ = ["BlockDivergence", "BlockMountingPosition", "BlockSequenceItemRTBeams", "BlockType"]
