"""Enumerated Values and Defined Terms of Pixel Intensity Relationship.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PixelIntensityRelationship",
    "PixelIntensityRelationshipTerm",
    "PixelIntensityRelationshipTermIntravascularOCTProcessingParameters",
    "PixelIntensityRelationshipTermXRayImage",
    "PixelIntensityRelationshipValue",
]


class PixelIntensityRelationshipTerm(StrEnum):
    """Defined Terms of Pixel Intensity Relationship (0028,1040) in X-Ray Frame Pixel Data Properties Macro Attributes (C.8.19.6-4)."""

    LIN = "LIN"
    """Approximately proportional to X-Ray beam intensity."""
    LOG = "LOG"
    """Non-linear \"Log Function\"; A Pixel Intensity Relationship LUT shall be included with the image to allow it to be mapped back to its proportional value to X-Ray beam intensity."""
    OTHER = "OTHER"
    """Not proportional to X-Ray beam intensity. If a TO_LINEAR Pixel Intensity Relationship LUT Item is supplied, scaling back to X-Ray beam intensity is possible."""


class PixelIntensityRelationshipTermXRayImage(StrEnum):
    """Defined Terms of Pixel Intensity Relationship (0028,1040) in X-Ray Image Module Attributes (C.8-26)."""

    LIN = "LIN"
    """Approximately proportional to X-Ray beam intensity;"""
    LOG = "LOG"
    """Non-linear \"Log Function\"; A Modality LUT shall be included with the image to allow it to be scaled back to its proportional value to X-Ray beam intensity;"""
    DISP = "DISP"
    """Ready to be displayed; A Modality LUT may be included with the image to allow it to be scaled back to its proportional value to X-Ray beam intensity. The Attribute Acquisition Device Processing Description may be used to provide some indication on the pre-processing performed to create the ready to be displayed image."""


class PixelIntensityRelationship(StrEnum):
    """Enumerated Values of Pixel Intensity Relationship (0028,1040) in DX Image Module Attributes (C.8-70)."""

    LIN = "LIN"
    """Linearly proportional to X-Ray beam intensity"""
    LOG = "LOG"
    """Logarithmically proportional to X-Ray beam intensity"""


if TYPE_CHECKING:
    PixelIntensityRelationshipValue: TypeAlias = PixelIntensityRelationship | Literal["LIN", "LOG"]
else:
    PixelIntensityRelationshipValue = PixelIntensityRelationship
"""A value of PixelIntensityRelationship: the enum or the string of one of its members."""


class PixelIntensityRelationshipTermIntravascularOCTProcessingParameters(StrEnum):
    """Defined Terms of Pixel Intensity Relationship (0028,1040) in Intravascular OCT Processing Parameters Module Attributes (C.8.27.4-1)."""

    LIN = "LIN"
    """Approximately proportional to A-line intensity."""
    LOG = "LOG"
    """Non-linear \"Log Function\"; A Pixel Intensity Relationship LUT shall be included with the image to allow it to be scaled back to its proportional A-line intensity value."""
