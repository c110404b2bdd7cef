"""Enumerated Values and Defined Terms of Rectification Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RectificationTypeTerm(StrEnum):
    """Defined Terms of Rectification Type (0018,1156) in X-Ray Acquisition Dose Module Attributes (C.8-33)."""

    SINGLE_PHASE = "SINGLE PHASE"
    THREE_PHASE = "THREE PHASE"
    CONST_POTENTIAL = "CONST POTENTIAL"
