"""Enumerated Values and Defined Terms of Annotation Coordinate Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AnnotationCoordinateType(StrEnum):
    """Enumerated Values of Annotation Coordinate Type (006A,0001) in Microscopy Bulk Simple Annotations Module Attributes (C.37.1-2)."""

    _2D = "2D"
    """relative to individual frame or total image matrix"""
    _3D = "3D"
    """relative to a Cartesian coordinate system defined by a Frame of Reference"""
