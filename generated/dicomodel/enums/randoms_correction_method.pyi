"""Enumerated Values and Defined Terms of Randoms Correction Method.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RandomsCorrectionMethodTerm as RandomsCorrectionMethodTerm
from dicomodel.enums import (
    RandomsCorrectionMethodTermEnhancedPETCorrections as RandomsCorrectionMethodTermEnhancedPETCorrections,
)

__all__ = ["RandomsCorrectionMethodTerm", "RandomsCorrectionMethodTermEnhancedPETCorrections"]
