"""Enumerated Values and Defined Terms of Applicable Safety Standard Agency.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ApplicableSafetyStandardAgencyTerm",
]


class ApplicableSafetyStandardAgencyTerm(StrEnum):
    """Defined Terms of Applicable Safety Standard Agency (0018,9174) in MR Image and Spectroscopy Instance Macro Attributes (C.8-83)."""

    IEC = "IEC"
    FDA = "FDA"
    MHW = "MHW"
