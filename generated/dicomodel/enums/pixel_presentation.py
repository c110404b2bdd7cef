"""Enumerated Values and Defined Terms of Pixel Presentation.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "PixelPresentation",
    "PixelPresentationIntravascularOCTImage",
    "PixelPresentationIntravascularOCTImageValue",
    "PixelPresentationMPRVolumetricPresentationStateDisplay",
    "PixelPresentationMPRVolumetricPresentationStateDisplayValue",
    "PixelPresentationOphthalmicThicknessMap",
    "PixelPresentationOphthalmicThicknessMapValue",
    "PixelPresentationParametricMapImage",
    "PixelPresentationParametricMapImageValue",
    "PixelPresentationRenderDisplay",
    "PixelPresentationRenderDisplayValue",
    "PixelPresentationValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import PixelPresentation as PixelPresentation
    from dicomodel.enums import (
        PixelPresentationIntravascularOCTImage as PixelPresentationIntravascularOCTImage,
    )
    from dicomodel.enums import (
        PixelPresentationIntravascularOCTImageValue as PixelPresentationIntravascularOCTImageValue,
    )
    from dicomodel.enums import (
        PixelPresentationMPRVolumetricPresentationStateDisplay as PixelPresentationMPRVolumetricPresentationStateDisplay,
    )
    from dicomodel.enums import (
        PixelPresentationMPRVolumetricPresentationStateDisplayValue as PixelPresentationMPRVolumetricPresentationStateDisplayValue,
    )
    from dicomodel.enums import (
        PixelPresentationOphthalmicThicknessMap as PixelPresentationOphthalmicThicknessMap,
    )
    from dicomodel.enums import (
        PixelPresentationOphthalmicThicknessMapValue as PixelPresentationOphthalmicThicknessMapValue,
    )
    from dicomodel.enums import (
        PixelPresentationParametricMapImage as PixelPresentationParametricMapImage,
    )
    from dicomodel.enums import (
        PixelPresentationParametricMapImageValue as PixelPresentationParametricMapImageValue,
    )
    from dicomodel.enums import PixelPresentationRenderDisplay as PixelPresentationRenderDisplay
    from dicomodel.enums import (
        PixelPresentationRenderDisplayValue as PixelPresentationRenderDisplayValue,
    )
    from dicomodel.enums import PixelPresentationValue as PixelPresentationValue


@cache
def _PixelPresentation() -> type[StrEnum]:
    class PixelPresentation(StrEnum):
        """Enumerated Values of Pixel Presentation (0008,9205) in MR Image Frame Type Macro Attributes (C.8-88)."""

        COLOR = "COLOR"
        """Image is best displayed in color using Supplemental Palette Color LUTs, but can be displayed in grayscale if current display does not support color. See Section C.8.16.2.1.1.1."""
        MONOCHROME = "MONOCHROME"
        """Image is intended to be displayed in grayscale only. No Supplemental Palette Color LUTs are supplied."""
        MIXED = "MIXED"
        """Used only as a value in Pixel Presentation (0008,9205) in the Enhanced MR Image Module or Enhanced CT Image Module if frames within the image SOP Instance contain different values for the Pixel Presentation Attribute in the MR Image Frame Type Functional Group or CT Image Frame Type Functional Group."""
        TRUE_COLOR = "TRUE_COLOR"
        """Image can be displayed in color only."""

    PixelPresentation.__qualname__ = "PixelPresentation"
    return PixelPresentation


@cache
def _PixelPresentationIntravascularOCTImage() -> type[StrEnum]:
    class PixelPresentationIntravascularOCTImage(StrEnum):
        """Enumerated Values of Pixel Presentation (0008,9205) in Intravascular OCT Image Module Attributes (C.8.27.2-1)."""

        COLOR = "COLOR"
        """Image is intended to be displayed in color using Supplemental Palette Color LUTs, but can be displayed in grayscale if current display does not support color or with a user selected LUT. See Section C.8.16.2.1.1.1."""
        COLOR_REF = "COLOR_REF"
        """Image is intended to be displayed in color using an externally defined Palette Color LUTs, but can be displayed in grayscale if current display does not support color, or with a user selected LUT. I.e., the encoded pixel values are still continuous grayscale values (and not arbitrarily order indices into a lookup table)."""
        MONOCHROME = "MONOCHROME"
        """Image is intended to be displayed in grayscale only."""

    PixelPresentationIntravascularOCTImage.__qualname__ = "PixelPresentationIntravascularOCTImage"
    return PixelPresentationIntravascularOCTImage


@cache
def _PixelPresentationOphthalmicThicknessMap() -> type[StrEnum]:
    class PixelPresentationOphthalmicThicknessMap(StrEnum):
        """Enumerated Values of Pixel Presentation (0008,9205) in Ophthalmic Thickness Map Module Attributes (C.8.28.2-1)."""

        COLOR = "COLOR"
        """Use Supplemental Palette Color Lookup Table Module Attributes"""
        COLOR_REF = "COLOR_REF"
        """Use Referenced Color Palette Instance UID (0028,0304)"""

    PixelPresentationOphthalmicThicknessMap.__qualname__ = "PixelPresentationOphthalmicThicknessMap"
    return PixelPresentationOphthalmicThicknessMap


@cache
def _PixelPresentationParametricMapImage() -> type[StrEnum]:
    class PixelPresentationParametricMapImage(StrEnum):
        """Enumerated Values of Pixel Presentation (0008,9205) in Parametric Map Image Module Attributes (C.8.32-2)."""

        COLOR_RANGE = "COLOR_RANGE"
        """A Palette Color LUT is supplied or referenced. Image is best displayed using that Palette Color LUT, but can be displayed in grayscale if current display does not support color."""
        MONOCHROME = "MONOCHROME"
        """No Palette Color LUT is supplied or referenced. Image is intended to be displayed in grayscale only."""

    PixelPresentationParametricMapImage.__qualname__ = "PixelPresentationParametricMapImage"
    return PixelPresentationParametricMapImage


@cache
def _PixelPresentationMPRVolumetricPresentationStateDisplay() -> type[StrEnum]:
    class PixelPresentationMPRVolumetricPresentationStateDisplay(StrEnum):
        """Enumerated Values of Pixel Presentation (0008,9205) in MPR Volumetric Presentation State Display Module Attributes (C.11.27-1)."""

        MONOCHROME = "MONOCHROME"
        """Output consists of P-Values"""
        TRUE_COLOR = "TRUE_COLOR"
        """Output consists of PCS-Values"""

    PixelPresentationMPRVolumetricPresentationStateDisplay.__qualname__ = (
        "PixelPresentationMPRVolumetricPresentationStateDisplay"
    )
    return PixelPresentationMPRVolumetricPresentationStateDisplay


@cache
def _PixelPresentationRenderDisplay() -> type[StrEnum]:
    class PixelPresentationRenderDisplay(StrEnum):
        """Enumerated Values of Pixel Presentation (0008,9205) in Render Display Module Attributes (C.11.32-1)."""

        TRUE_COLOR = "TRUE_COLOR"
        """Output consists of PCS-Values."""

    PixelPresentationRenderDisplay.__qualname__ = "PixelPresentationRenderDisplay"
    return PixelPresentationRenderDisplay


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "PixelPresentation": _PixelPresentation,
    "PixelPresentationValue": _PixelPresentation,
    "PixelPresentationIntravascularOCTImage": _PixelPresentationIntravascularOCTImage,
    "PixelPresentationIntravascularOCTImageValue": _PixelPresentationIntravascularOCTImage,
    "PixelPresentationOphthalmicThicknessMap": _PixelPresentationOphthalmicThicknessMap,
    "PixelPresentationOphthalmicThicknessMapValue": _PixelPresentationOphthalmicThicknessMap,
    "PixelPresentationParametricMapImage": _PixelPresentationParametricMapImage,
    "PixelPresentationParametricMapImageValue": _PixelPresentationParametricMapImage,
    "PixelPresentationMPRVolumetricPresentationStateDisplay": _PixelPresentationMPRVolumetricPresentationStateDisplay,
    "PixelPresentationMPRVolumetricPresentationStateDisplayValue": _PixelPresentationMPRVolumetricPresentationStateDisplay,
    "PixelPresentationRenderDisplay": _PixelPresentationRenderDisplay,
    "PixelPresentationRenderDisplayValue": _PixelPresentationRenderDisplay,
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
