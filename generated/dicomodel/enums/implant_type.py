"""Enumerated Values and Defined Terms of Implant Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ImplantType(StrEnum):
    """Enumerated Values of Implant Type (0068,6223) in Generic Implant Template Description Module Attributes (C.29.1.1-1)."""

    ORIGINAL = "ORIGINAL"
    DERIVED = "DERIVED"
