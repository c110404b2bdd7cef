"""Enumerated Values and Defined Terms of Randoms Corrected.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RandomsCorrected as RandomsCorrected
from dicomodel.enums import RandomsCorrectedValue as RandomsCorrectedValue

__all__ = ["RandomsCorrected", "RandomsCorrectedValue"]
