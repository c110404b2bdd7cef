"""Enumerated Values and Defined Terms of Detector Geometry.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DetectorGeometryTerm",
]


class DetectorGeometryTerm(StrEnum):
    """Defined Terms of Detector Geometry (0018,9725) in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

    CYLINDRICAL_RING = "CYLINDRICAL_RING"
    CYL_RING_PARTIAL = "CYL_RING_PARTIAL"
    MULTIPLE_PLANAR = "MULTIPLE_PLANAR"
    MUL_PLAN_PARTIAL = "MUL_PLAN_PARTIAL"
