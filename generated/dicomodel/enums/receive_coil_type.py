"""Enumerated Values and Defined Terms of Receive Coil Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ReceiveCoilTypeTerm",
]


class ReceiveCoilTypeTerm(StrEnum):
    """Defined Terms of Receive Coil Type (0018,9043) in MR Receive Coil Macro Attributes (C.8-94)."""

    BODY = "BODY"
    VOLUME = "VOLUME"
    """head, extremity, etc."""
    SURFACE = "SURFACE"
    MULTICOIL = "MULTICOIL"
