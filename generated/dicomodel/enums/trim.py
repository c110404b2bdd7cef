"""Enumerated Values and Defined Terms of Trim.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class Trim(StrEnum):
    """Enumerated Values of Trim (2010,0140) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    YES = "YES"
    NO = "NO"
