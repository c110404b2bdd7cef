"""Enumerated Values and Defined Terms of Constant Volume Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ConstantVolumeFlag(StrEnum):
    """Enumerated Values of Constant Volume Flag (0018,9333) in CT Acquisition Type Macro Attributes (C.8-118)."""

    YES = "YES"
    NO = "NO"
