"""Enumerated Values and Defined Terms of Fluoroscopy Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FluoroscopyFlag(StrEnum):
    """Enumerated Values of Fluoroscopy Flag (0018,9334) in CT Acquisition Type Macro Attributes (C.8-118)."""

    YES = "YES"
    NO = "NO"
