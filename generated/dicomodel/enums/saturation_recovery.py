"""Enumerated Values and Defined Terms of Saturation Recovery.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SaturationRecovery(StrEnum):
    """Enumerated Values of Saturation Recovery (0018,9024) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"
