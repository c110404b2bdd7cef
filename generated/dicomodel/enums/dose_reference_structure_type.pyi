"""Enumerated Values and Defined Terms of Dose Reference Structure Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DoseReferenceStructureTypeTerm as DoseReferenceStructureTypeTerm

__all__ = ["DoseReferenceStructureTypeTerm"]
