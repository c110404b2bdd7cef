"""Enumerated Values and Defined Terms of Tomo Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "TomoTypeTerm",
]


class TomoTypeTerm(StrEnum):
    """Defined Terms of Tomo Type (0018,1490) in X-Ray Tomography Acquisition Module Attributes (C.8-32)."""

    LINEAR = "LINEAR"
    SPIRAL = "SPIRAL"
    POLYCYCLOIDAL = "POLYCYCLOIDAL"
    CIRCULAR = "CIRCULAR"
