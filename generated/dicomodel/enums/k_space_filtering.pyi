"""Enumerated Values and Defined Terms of k-space Filtering.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import KSpaceFilteringTerm as KSpaceFilteringTerm

__all__ = ["KSpaceFilteringTerm"]
