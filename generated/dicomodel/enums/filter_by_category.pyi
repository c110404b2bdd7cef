"""Enumerated Values and Defined Terms of Filter-by Category.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FilterByCategoryTerm as FilterByCategoryTerm

__all__ = ["FilterByCategoryTerm"]
