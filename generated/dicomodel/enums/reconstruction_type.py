"""Enumerated Values and Defined Terms of Reconstruction Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ReconstructionTypeTerm",
]


class ReconstructionTypeTerm(StrEnum):
    """Defined Terms of Reconstruction Type (0018,9756) in PET Reconstruction Macro Attributes (C.8.22-17)."""

    V2D = "2D"
    V3D = "3D"
    V3D_REBINNED = "3D_REBINNED"
