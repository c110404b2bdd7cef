"""Enumerated Values and Defined Terms of Coverage of k-Space.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "CoverageOfKSpaceTerm",
]


class CoverageOfKSpaceTerm(StrEnum):
    """Defined Terms of Coverage of k-Space (0018,9094) in MR Pulse Sequence Module Attributes (C.8-87)."""

    FULL = "FULL"
    CYLINDRICAL = "CYLINDRICAL"
    ELLIPSOIDAL = "ELLIPSOIDAL"
    WEIGHTED = "WEIGHTED"
