"""Enumerated Values and Defined Terms of Pixel Intensity Relationship.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "PixelIntensityRelationship",
    "PixelIntensityRelationshipTerm",
    "PixelIntensityRelationshipTermIntravascularOCTProcessingParameters",
    "PixelIntensityRelationshipTermXRayImage",
    "PixelIntensityRelationshipValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import PixelIntensityRelationship as PixelIntensityRelationship
    from dicomodel.enums import PixelIntensityRelationshipTerm as PixelIntensityRelationshipTerm
    from dicomodel.enums import (
        PixelIntensityRelationshipTermIntravascularOCTProcessingParameters as PixelIntensityRelationshipTermIntravascularOCTProcessingParameters,
    )
    from dicomodel.enums import (
        PixelIntensityRelationshipTermXRayImage as PixelIntensityRelationshipTermXRayImage,
    )
    from dicomodel.enums import PixelIntensityRelationshipValue as PixelIntensityRelationshipValue


@cache
def _PixelIntensityRelationshipTerm() -> type[StrEnum]:
    class PixelIntensityRelationshipTerm(StrEnum):
        """Defined Terms of Pixel Intensity Relationship (0028,1040) in X-Ray Frame Pixel Data Properties Macro Attributes (C.8.19.6-4)."""

        LIN = "LIN"
        """Approximately proportional to X-Ray beam intensity."""
        LOG = "LOG"
        """Non-linear \"Log Function\"; A Pixel Intensity Relationship LUT shall be included with the image to allow it to be mapped back to its proportional value to X-Ray beam intensity."""
        OTHER = "OTHER"
        """Not proportional to X-Ray beam intensity. If a TO_LINEAR Pixel Intensity Relationship LUT Item is supplied, scaling back to X-Ray beam intensity is possible."""

    PixelIntensityRelationshipTerm.__qualname__ = "PixelIntensityRelationshipTerm"
    return PixelIntensityRelationshipTerm


@cache
def _PixelIntensityRelationshipTermXRayImage() -> type[StrEnum]:
    class PixelIntensityRelationshipTermXRayImage(StrEnum):
        """Defined Terms of Pixel Intensity Relationship (0028,1040) in X-Ray Image Module Attributes (C.8-26)."""

        LIN = "LIN"
        """Approximately proportional to X-Ray beam intensity;"""
        LOG = "LOG"
        """Non-linear \"Log Function\"; A Modality LUT shall be included with the image to allow it to be scaled back to its proportional value to X-Ray beam intensity;"""
        DISP = "DISP"
        """Ready to be displayed; A Modality LUT may be included with the image to allow it to be scaled back to its proportional value to X-Ray beam intensity. The Attribute Acquisition Device Processing Description may be used to provide some indication on the pre-processing performed to create the ready to be displayed image."""

    PixelIntensityRelationshipTermXRayImage.__qualname__ = "PixelIntensityRelationshipTermXRayImage"
    return PixelIntensityRelationshipTermXRayImage


@cache
def _PixelIntensityRelationship() -> type[StrEnum]:
    class PixelIntensityRelationship(StrEnum):
        """Enumerated Values of Pixel Intensity Relationship (0028,1040) in DX Image Module Attributes (C.8-70)."""

        LIN = "LIN"
        """Linearly proportional to X-Ray beam intensity"""
        LOG = "LOG"
        """Logarithmically proportional to X-Ray beam intensity"""

    PixelIntensityRelationship.__qualname__ = "PixelIntensityRelationship"
    return PixelIntensityRelationship


@cache
def _PixelIntensityRelationshipTermIntravascularOCTProcessingParameters() -> type[StrEnum]:
    class PixelIntensityRelationshipTermIntravascularOCTProcessingParameters(StrEnum):
        """Defined Terms of Pixel Intensity Relationship (0028,1040) in Intravascular OCT Processing Parameters Module Attributes (C.8.27.4-1)."""

        LIN = "LIN"
        """Approximately proportional to A-line intensity."""
        LOG = "LOG"
        """Non-linear \"Log Function\"; A Pixel Intensity Relationship LUT shall be included with the image to allow it to be scaled back to its proportional A-line intensity value."""

    PixelIntensityRelationshipTermIntravascularOCTProcessingParameters.__qualname__ = (
        "PixelIntensityRelationshipTermIntravascularOCTProcessingParameters"
    )
    return PixelIntensityRelationshipTermIntravascularOCTProcessingParameters


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "PixelIntensityRelationshipTerm": _PixelIntensityRelationshipTerm,
    "PixelIntensityRelationshipTermXRayImage": _PixelIntensityRelationshipTermXRayImage,
    "PixelIntensityRelationship": _PixelIntensityRelationship,
    "PixelIntensityRelationshipValue": _PixelIntensityRelationship,
    "PixelIntensityRelationshipTermIntravascularOCTProcessingParameters": _PixelIntensityRelationshipTermIntravascularOCTProcessingParameters,
}


def __getattr__(name: str) -> Any:
    """An enum of this file, made on first use (issue 16)."""
    make = _MAKERS.get(name)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = make()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
