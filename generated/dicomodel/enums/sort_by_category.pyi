"""Enumerated Values and Defined Terms of Sort-by Category.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SortByCategoryTerm as SortByCategoryTerm

__all__ = ["SortByCategoryTerm"]
