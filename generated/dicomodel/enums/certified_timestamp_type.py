"""Enumerated Values and Defined Terms of Certified Timestamp Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "CertifiedTimestampTypeTerm",
]


class CertifiedTimestampTypeTerm(StrEnum):
    """Defined Terms of Certified Timestamp Type (0400,0305) in Digital Signatures Macro Attributes (C.12-6)."""

    CMS_TSP = "CMS_TSP"
    """Internet X.509 Public Key Infrastructure Time Stamp Protocol"""
