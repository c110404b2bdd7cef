"""Enumerated Values and Defined Terms of Sorting Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SortingDirection as SortingDirection
from dicomodel.enums import SortingDirectionValue as SortingDirectionValue

__all__ = ["SortingDirection", "SortingDirectionValue"]
