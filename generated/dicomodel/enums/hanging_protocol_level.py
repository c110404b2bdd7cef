"""Enumerated Values and Defined Terms of Hanging Protocol Level.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class HangingProtocolLevel(StrEnum):
    """Enumerated Values of Hanging Protocol Level (0072,0006) in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    MANUFACTURER = "MANUFACTURER"
    SITE = "SITE"
    USER_GROUP = "USER_GROUP"
    SINGLE_USER = "SINGLE_USER"
