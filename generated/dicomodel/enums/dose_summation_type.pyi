"""Enumerated Values and Defined Terms of Dose Summation Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DoseSummationTypeTerm as DoseSummationTypeTerm

__all__ = ["DoseSummationTypeTerm"]
