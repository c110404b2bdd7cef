"""Enumerated Values and Defined Terms of Oversampling Phase.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class OversamplingPhase(StrEnum):
    """Enumerated Values of Oversampling Phase (0018,9029) in MR Pulse Sequence Module Attributes (C.8-87)."""

    _2D = "2D"
    """phase direction"""
    _3D = "3D"
    """out of plane direction"""
    _2D_3D = "2D_3D"
    """both"""
    NONE = "NONE"
