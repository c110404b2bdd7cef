"""Enumerated Values and Defined Terms of Rectification Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "RectificationTypeTerm",
]


class RectificationTypeTerm(StrEnum):
    """Defined Terms of Rectification Type (0018,1156) in X-Ray Acquisition Dose Module Attributes (C.8-33)."""

    SINGLE_PHASE = "SINGLE PHASE"
    THREE_PHASE = "THREE PHASE"
    CONST_POTENTIAL = "CONST POTENTIAL"
