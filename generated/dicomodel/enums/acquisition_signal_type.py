"""Enumerated Values and Defined Terms of Acquisition Signal Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "AcquisitionSignalTypeTerm",
]


class AcquisitionSignalTypeTerm(StrEnum):
    """Defined Terms of Acquisition Signal Type (3002,0129) in RT Patient Position Acquisition Instruction Module Attributes (C.36.29-1)."""

    KV = "KV"
    """kilovolt X-Ray"""
    MV = "MV"
    """Megavolt X-Ray"""
