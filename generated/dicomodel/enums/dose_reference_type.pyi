"""Enumerated Values and Defined Terms of Dose Reference Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DoseReferenceTypeTerm as DoseReferenceTypeTerm

__all__ = ["DoseReferenceTypeTerm"]
