"""Enumerated Values and Defined Terms of White Point Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class WhitePointFlag(StrEnum):
    """Enumerated Values of White Point Flag (0028,7021) in Luminance Uniformity Result Macro Attributes (C.32.3.3-1)."""

    YES = "YES"
    NO = "NO"
