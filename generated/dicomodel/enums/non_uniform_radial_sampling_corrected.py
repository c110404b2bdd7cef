"""Enumerated Values and Defined Terms of Non-uniform Radial Sampling Corrected.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class NonUniformRadialSamplingCorrected(StrEnum):
    """Enumerated Values of Non-uniform Radial Sampling Corrected (0018,9766) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"
