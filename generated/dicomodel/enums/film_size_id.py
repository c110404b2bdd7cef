"""Enumerated Values and Defined Terms of Film Size ID.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FilmSizeIDTerm(StrEnum):
    """Defined Terms of Film Size ID (2010,0050) in Billing and Material Management Code Module Attributes (C.4-17)."""

    _8INX10IN = "8INX10IN"
    _8_5INX11IN = "8_5INX11IN"
    _10INX12IN = "10INX12IN"
    _10INX14IN = "10INX14IN"
    _11INX14IN = "11INX14IN"
    _11INX17IN = "11INX17IN"
    _14INX14IN = "14INX14IN"
    _14INX17IN = "14INX17IN"
    _24CMX24CM = "24CMX24CM"
    _24CMX30CM = "24CMX30CM"
    A4 = "A4"
    A3 = "A3"
