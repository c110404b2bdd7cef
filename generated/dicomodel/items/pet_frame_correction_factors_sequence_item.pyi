"""Item class PETFrameCorrectionFactorsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    PETFrameCorrectionFactorsSequenceItem as PETFrameCorrectionFactorsSequenceItem,
)

__all__ = ["PETFrameCorrectionFactorsSequenceItem"]
