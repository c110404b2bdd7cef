"""Enumerated Values and Defined Terms of In-plane Phase Encoding Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InPlanePhaseEncodingDirection as InPlanePhaseEncodingDirection
from dicomodel.enums import (
    InPlanePhaseEncodingDirectionMRImage as InPlanePhaseEncodingDirectionMRImage,
)
from dicomodel.enums import (
    InPlanePhaseEncodingDirectionMRImageValue as InPlanePhaseEncodingDirectionMRImageValue,
)
from dicomodel.enums import InPlanePhaseEncodingDirectionValue as InPlanePhaseEncodingDirectionValue

__all__ = [
    "InPlanePhaseEncodingDirection",
    "InPlanePhaseEncodingDirectionMRImage",
    "InPlanePhaseEncodingDirectionMRImageValue",
    "InPlanePhaseEncodingDirectionValue",
]
