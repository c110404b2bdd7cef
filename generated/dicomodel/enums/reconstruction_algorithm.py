"""Enumerated Values and Defined Terms of Reconstruction Algorithm.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ReconstructionAlgorithmTerm",
    "ReconstructionAlgorithmTermPETReconstruction",
]


class ReconstructionAlgorithmTerm(StrEnum):
    """Defined Terms of Reconstruction Algorithm (0018,9315) in CT Reconstruction Macro Attributes (C.8-123)."""

    FILTER_BACK_PROJ = "FILTER_BACK_PROJ"
    ITERATIVE = "ITERATIVE"


class ReconstructionAlgorithmTermPETReconstruction(StrEnum):
    """Defined Terms of Reconstruction Algorithm (0018,9315) in PET Reconstruction Macro Attributes (C.8.22-17)."""

    FILTER_BACK_PROJ = "FILTER_BACK_PROJ"
    REPROJECTION = "REPROJECTION"
    RAMLA = "RAMLA"
    MLEM = "MLEM"
