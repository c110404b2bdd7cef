"""Enumerated Values and Defined Terms of OCT Z Offset Applied.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class OCTZOffsetApplied(StrEnum):
    """Enumerated Values of OCT Z Offset Applied (0052,0026) in Intravascular OCT Processing Parameters Module Attributes (C.8.27.4-1)."""

    YES = "YES"
    NO = "NO"
