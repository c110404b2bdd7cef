"""Enumerated Values and Defined Terms of Transmit Coil Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "TransmitCoilTypeTerm",
]


class TransmitCoilTypeTerm(StrEnum):
    """Defined Terms of Transmit Coil Type (0018,9051) in MR Transmit Coil Macro Attributes (C.8-95)."""

    BODY = "BODY"
    VOLUME = "VOLUME"
    """head, extremity, etc."""
    SURFACE = "SURFACE"
