"""Enumerated Values and Defined Terms of Coverage of k-Space.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CoverageOfKSpaceTerm as CoverageOfKSpaceTerm

__all__ = ["CoverageOfKSpaceTerm"]
