"""Enumerated Values and Defined Terms of k-space Filtering.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "KSpaceFilteringTerm",
]


class KSpaceFilteringTerm(StrEnum):
    """Defined Terms of k-space Filtering (0018,9064) in MR Image and Spectroscopy Instance Macro Attributes (C.8-83)."""

    COSINE = "COSINE"
    COSINE_SQUARED = "COSINE_SQUARED"
    FERMI = "FERMI"
    GAUSSIAN = "GAUSSIAN"
    HAMMING = "HAMMING"
    HANNING = "HANNING"
    LORENTZIAN = "LORENTZIAN"
    LRNTZ_GSS_TRNSFM = "LRNTZ_GSS_TRNSFM"
    RIESZ = "RIESZ"
    TUKEY = "TUKEY"
    NONE = "NONE"
