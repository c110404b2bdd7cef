"""Enumerated Values and Defined Terms of Operating Mode Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "OperatingModeTypeTerm",
]


class OperatingModeTypeTerm(StrEnum):
    """Defined Terms of Operating Mode Type (0018,9177) in MR Timing and Related Parameters Macro Attributes (C.8-89)."""

    STATIC_FIELD = "STATIC FIELD"
    RF = "RF"
    GRADIENT = "GRADIENT"
