"""Enumerated Values and Defined Terms of Digitizing Device Transport Direction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DigitizingDeviceTransportDirection(StrEnum):
    """Enumerated Values of Digitizing Device Transport Direction (0018,2020) in SC Multi-frame Image Module Attributes (C.8-25b)."""

    ROW = "ROW"
    COLUMN = "COLUMN"
