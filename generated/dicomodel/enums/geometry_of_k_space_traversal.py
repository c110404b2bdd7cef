"""Enumerated Values and Defined Terms of Geometry of k-Space Traversal.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "GeometryOfKSpaceTraversalTerm",
]


class GeometryOfKSpaceTraversalTerm(StrEnum):
    """Defined Terms of Geometry of k-Space Traversal (0018,9032) in MR Pulse Sequence Module Attributes (C.8-87)."""

    RECTILINEAR = "RECTILINEAR"
    RADIAL = "RADIAL"
    SPIRAL = "SPIRAL"
