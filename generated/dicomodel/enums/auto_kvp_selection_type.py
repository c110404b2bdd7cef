"""Enumerated Values and Defined Terms of Auto KVP Selection Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "AutoKVPSelectionTypeTerm",
]


class AutoKVPSelectionTypeTerm(StrEnum):
    """Defined Terms of Auto KVP Selection Type (0018,9944) in Performed CT Acquisition Module Attributes (C.34.10-1)."""

    NONE = "NONE"
    """Value is not selected automatically."""
    CNR_BASED = "CNR_BASED"
    """Value is selected based on Contrast to Noise Ratio."""
    DIAMETER_BASED = "DIAMETER_BASED"
    """Value is selected based on patient diameter."""
