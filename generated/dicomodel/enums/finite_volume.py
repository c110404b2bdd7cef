"""Enumerated Values and Defined Terms of Finite Volume.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FiniteVolume(StrEnum):
    """Enumerated Values of Finite Volume (0066,000E) in Surface Mesh Module Attributes (C.27-1)."""

    YES = "YES"
    """Contains a finite volume"""
    NO = "NO"
    """Does not contain a finite volume"""
    UNKNOWN = "UNKNOWN"
    """Might or might not contain a finite volume"""
