"""Enumerated Values and Defined Terms of Block Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlockType as BlockType
from dicomodel.enums import BlockTypeValue as BlockTypeValue

__all__ = ["BlockType", "BlockTypeValue"]
