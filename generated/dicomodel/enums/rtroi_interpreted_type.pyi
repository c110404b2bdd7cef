"""Enumerated Values and Defined Terms of RT ROI Interpreted Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTROIInterpretedTypeTerm as RTROIInterpretedTypeTerm

__all__ = ["RTROIInterpretedTypeTerm"]
