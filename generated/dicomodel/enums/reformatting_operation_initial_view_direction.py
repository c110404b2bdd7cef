"""Enumerated Values and Defined Terms of Reformatting Operation Initial View Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ReformattingOperationInitialViewDirectionTerm",
]


class ReformattingOperationInitialViewDirectionTerm(StrEnum):
    """Defined Terms of Reformatting Operation Initial View Direction (0072,0516) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    SAGITTAL = "SAGITTAL"
    TRANSVERSE = "TRANSVERSE"
    CORONAL = "CORONAL"
    OBLIQUE = "OBLIQUE"
