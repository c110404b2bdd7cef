"""Enumerated Values and Defined Terms of Exposure Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ExposureStatusTerm",
]


class ExposureStatusTerm(StrEnum):
    """Defined Terms of Exposure Status (0018,7064) in X-Ray Generation Module Attributes (C.8-34)."""

    NORMAL = "NORMAL"
    ABORTED = "ABORTED"
