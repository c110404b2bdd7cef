"""Enumerated Values and Defined Terms of Applied Mask Subtraction Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AppliedMaskSubtractionFlag(StrEnum):
    """Enumerated Values of Applied Mask Subtraction Flag (0018,11C0) in Performed XA Reconstruction Module Attributes (C.34.18-1)."""

    YES = "YES"
    NO = "NO"
