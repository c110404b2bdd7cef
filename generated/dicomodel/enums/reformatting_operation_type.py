"""Enumerated Values and Defined Terms of Reformatting Operation Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ReformattingOperationTypeTerm",
]


class ReformattingOperationTypeTerm(StrEnum):
    """Defined Terms of Reformatting Operation Type (0072,0510) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    MPR = "MPR"
    V3D_RENDERING = "3D_RENDERING"
    SLAB = "SLAB"
