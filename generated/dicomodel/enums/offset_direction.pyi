"""Enumerated Values and Defined Terms of Offset Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OffsetDirection as OffsetDirection
from dicomodel.enums import OffsetDirectionValue as OffsetDirectionValue

__all__ = ["OffsetDirection", "OffsetDirectionValue"]
