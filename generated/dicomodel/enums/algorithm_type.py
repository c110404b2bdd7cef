"""Enumerated Values and Defined Terms of Algorithm Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "AlgorithmTypeTerm",
]


class AlgorithmTypeTerm(StrEnum):
    """Defined Terms of Algorithm Type (0018,9527) in X-Ray 3D Reconstruction Module Attributes (C.8.21.4-1)."""

    FILTER_BACK_PROJ = "FILTER_BACK_PROJ"
    ITERATIVE = "ITERATIVE"
