"""Enumerated Values and Defined Terms of Film Size ID.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "FilmSizeIDTerm",
]


class FilmSizeIDTerm(StrEnum):
    """Defined Terms of Film Size ID (2010,0050) in Billing and Material Management Code Module Attributes (C.4-17)."""

    V8INX10IN = "8INX10IN"
    V8_5INX11IN = "8_5INX11IN"
    V10INX12IN = "10INX12IN"
    V10INX14IN = "10INX14IN"
    V11INX14IN = "11INX14IN"
    V11INX17IN = "11INX17IN"
    V14INX14IN = "14INX14IN"
    V14INX17IN = "14INX17IN"
    V24CMX24CM = "24CMX24CM"
    V24CMX30CM = "24CMX30CM"
    A4 = "A4"
    A3 = "A3"
