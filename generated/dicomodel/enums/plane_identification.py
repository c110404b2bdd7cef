"""Enumerated Values and Defined Terms of Plane Identification.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "PlaneIdentificationTerm",
]


class PlaneIdentificationTerm(StrEnum):
    """Defined Terms of Plane Identification (0018,9457) in Enhanced XA/XRF Image Module Table (C.8.19.2-1)."""

    MONOPLANE = "MONOPLANE"
    PLANE_A = "PLANE A"
    PLANE_B = "PLANE B"
