"""Enumerated Values and Defined Terms of Device Alternate Identifier Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DeviceAlternateIdentifierTypeTerm",
]


class DeviceAlternateIdentifierTypeTerm(StrEnum):
    """Defined Terms of Device Alternate Identifier Type (3010,001C) in Device Identification Macro Attributes (10.36-1)."""

    BARCODE = "BARCODE"
    RFID = "RFID"
