"""Enumerated Values and Defined Terms of MR Acquisition Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class MRAcquisitionType(StrEnum):
    """Enumerated Values of MR Acquisition Type (0018,0023) in MR Image Module Attributes (C.8-4)."""

    _2D = "2D"
    """frequency x phase"""
    _3D = "3D"
    """frequency x phase x phase"""


class MRAcquisitionTypeTerm(StrEnum):
    """Defined Terms of MR Acquisition Type (0018,0023) in MR Pulse Sequence Module Attributes (C.8-87)."""

    _1D = "1D"
    _2D = "2D"
    _3D = "3D"
