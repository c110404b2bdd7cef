"""Enumerated Values and Defined Terms of Device Alternate Identifier Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DeviceAlternateIdentifierTypeTerm(StrEnum):
    """Defined Terms of Device Alternate Identifier Type (3010,001C) in Device Identification Macro Attributes (10.36-1)."""

    BARCODE = "BARCODE"
    RFID = "RFID"
