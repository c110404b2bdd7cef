"""Enumerated Values and Defined Terms of Collimator Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "CollimatorTypeTerm",
    "CollimatorTypeTermPETSeries",
]


class CollimatorTypeTerm(StrEnum):
    """Defined Terms of Collimator Type (0018,1181) in NM Detector Module Attributes (C.8-11)."""

    PARA = "PARA"
    """Parallel (default)"""
    PINH = "PINH"
    """Pinhole"""
    FANB = "FANB"
    """Fan-beam"""
    CONE = "CONE"
    """Cone-beam"""
    SLNT = "SLNT"
    """Slant hole"""
    ASTG = "ASTG"
    """Astigmatic"""
    DIVG = "DIVG"
    """Diverging"""
    NONE = "NONE"
    """No collimator"""
    UNKN = "UNKN"
    """Unknown"""


class CollimatorTypeTermPETSeries(StrEnum):
    """Defined Terms of Collimator Type (0018,1181) in PET Series Module Attributes (C.8-60)."""

    NONE = "NONE"
    """no collimator"""
    RING = "RING"
    """transverse septa"""
