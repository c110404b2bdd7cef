"""Enumerated Values and Defined Terms of Mask Selection Mode.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class MaskSelectionMode(StrEnum):
    """Enumerated Values of Mask Selection Mode (0028,9454) in Mask Module Attributes (C.7-16)."""

    SYSTEM = "SYSTEM"
    USER = "USER"
