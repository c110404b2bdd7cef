"""Enumerated Values and Defined Terms of Operating Mode.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "OperatingModeTerm",
]


class OperatingModeTerm(StrEnum):
    """Defined Terms of Operating Mode (0018,9178) in MR Timing and Related Parameters Macro Attributes (C.8-89)."""

    IEC_NORMAL = "IEC_NORMAL"
    """[IEC 60601-2-33] Clause 201.3.224"""
    IEC_FIRST_LEVEL = "IEC_FIRST_LEVEL"
    """[IEC 60601-2-33] Clause 201.3.208"""
    IEC_SECOND_LEVEL = "IEC_SECOND_LEVEL"
    """[IEC 60601-2-33] Clause 201.3.231"""
