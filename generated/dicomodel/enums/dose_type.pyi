"""Enumerated Values and Defined Terms of Dose Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DoseTypeTerm as DoseTypeTerm

__all__ = ["DoseTypeTerm"]
