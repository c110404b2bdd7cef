"""Enumerated Values and Defined Terms of Block Mounting Position.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlockMountingPosition as BlockMountingPosition
from dicomodel.enums import BlockMountingPositionValue as BlockMountingPositionValue

__all__ = ["BlockMountingPosition", "BlockMountingPositionValue"]
