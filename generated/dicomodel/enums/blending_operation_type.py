"""Enumerated Values and Defined Terms of Blending Operation Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "BlendingOperationTypeTerm",
]


class BlendingOperationTypeTerm(StrEnum):
    """Defined Terms of Blending Operation Type (0072,0500) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    COLOR = "COLOR"
    """apply a pseudo-color to the superimposed image while blending"""
