"""Enumerated Values and Defined Terms of Spectrally Selected Suppression.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "SpectrallySelectedSuppressionTerm",
    "SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence",
]


class SpectrallySelectedSuppressionTerm(StrEnum):
    """Defined Terms of Spectrally Selected Suppression (0018,9025) in MR Pulse Sequence Module Attributes (C.8-87)."""

    FAT = "FAT"
    WATER = "WATER"
    FAT_AND_WATER = "FAT_AND_WATER"
    SILICON_GEL = "SILICON_GEL"
    NONE = "NONE"


class SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence(StrEnum):
    """Defined Terms of Spectrally Selected Suppression (0018,9025) in MR Spectroscopy Pulse Sequence Module Attributes (C.8-103)."""

    WATER = "WATER"
    FAT = "FAT"
    FAT_AND_WATER = "FAT_AND_WATER"
    SILICON_GEL = "SILICON_GEL"
    NONE = "NONE"
