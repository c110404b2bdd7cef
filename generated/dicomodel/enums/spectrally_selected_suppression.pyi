"""Enumerated Values and Defined Terms of Spectrally Selected Suppression.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SpectrallySelectedSuppressionTerm as SpectrallySelectedSuppressionTerm
from dicomodel.enums import (
    SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence as SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence,
)

__all__ = [
    "SpectrallySelectedSuppressionTerm",
    "SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence",
]
