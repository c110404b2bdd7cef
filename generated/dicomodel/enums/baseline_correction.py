"""Enumerated Values and Defined Terms of Baseline Correction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "BaselineCorrectionTerm",
]


class BaselineCorrectionTerm(StrEnum):
    """Defined Terms of Baseline Correction (0018,9067) in MR Spectroscopy Module Attributes (C.8-102)."""

    LINEAR_TILT = "LINEAR_TILT"
    LOCAL_LINEAR_FIT = "LOCAL_LINEAR_FIT"
    POLYNOMIAL_FIT = "POLYNOMIAL_FIT"
    SINC_DECONVOLUTN = "SINC_DECONVOLUTN"
    TIME_DOMAIN_FIT = "TIME_DOMAIN_FIT"
    SPLINE = "SPLINE"
    NONE = "NONE"
