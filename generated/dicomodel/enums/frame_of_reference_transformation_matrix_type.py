"""Enumerated Values and Defined Terms of Frame of Reference Transformation Matrix Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FrameOfReferenceTransformationMatrixType(StrEnum):
    """Enumerated Values of Frame of Reference Transformation Matrix Type (0070,030C) in Spatial Registration Module Attributes (C.20.2-1)."""

    RIGID = "RIGID"
    RIGID_SCALE = "RIGID_SCALE"
    AFFINE = "AFFINE"


class FrameOfReferenceTransformationMatrixTypeTerm(StrEnum):
    """Defined Terms of Frame of Reference Transformation Matrix Type (0070,030C) in Deformable Spatial Registration Module Attributes (C.20.3-1)."""

    RIGID = "RIGID"
    RIGID_SCALE = "RIGID_SCALE"
    AFFINE = "AFFINE"
