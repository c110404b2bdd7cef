"""Enumerated Values and Defined Terms of Reconstruction Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ReconstructionTypeTerm(StrEnum):
    """Defined Terms of Reconstruction Type (0018,9756) in PET Reconstruction Macro Attributes (C.8.22-17)."""

    _2D = "2D"
    _3D = "3D"
    _3D_REBINNED = "3D_REBINNED"
