"""Enumerated Values and Defined Terms of Modifiable Constraint Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ModifiableConstraintFlag(StrEnum):
    """Enumerated Values of Modifiable Constraint Flag (0082,0038) in General Defined Acquisition Module Attributes (C.34.9-1)."""

    YES = "YES"
    """The constraint may be modified."""
    NO = "NO"
    """The constraint may not be modified."""
