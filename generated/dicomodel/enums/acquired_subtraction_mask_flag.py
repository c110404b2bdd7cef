"""Enumerated Values and Defined Terms of Acquired Subtraction Mask Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AcquiredSubtractionMaskFlag(StrEnum):
    """Enumerated Values of Acquired Subtraction Mask Flag (0018,11B2) in Performed XA Acquisition Module Attributes (C.34.17-1)."""

    YES = "YES"
    NO = "NO"
