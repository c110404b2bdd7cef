"""Enumerated Values and Defined Terms of Convolution Kernel Group.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ConvolutionKernelGroupTerm",
]


class ConvolutionKernelGroupTerm(StrEnum):
    """Defined Terms of Convolution Kernel Group (0018,9316) in CT Reconstruction Macro Attributes (C.8-123)."""

    BRAIN = "BRAIN"
    SOFT_TISSUE = "SOFT_TISSUE"
    LUNG = "LUNG"
    BONE = "BONE"
    CONSTANT_ANGLE = "CONSTANT_ANGLE"
