"""Enumerated Values and Defined Terms of Pixel Presentation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

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


if TYPE_CHECKING:
    PixelPresentationValue: TypeAlias = (
        PixelPresentation | Literal["COLOR", "MONOCHROME", "MIXED", "TRUE_COLOR"]
    )
else:
    PixelPresentationValue = PixelPresentation
"""A value of PixelPresentation: the enum or the string of one of its members."""


class PixelPresentationIntravascularOCTImage(StrEnum):
    """Enumerated Values of Pixel Presentation (0008,9205) in Intravascular OCT Image Module Attributes (C.8.27.2-1)."""

    COLOR = "COLOR"
    """Image is intended to be displayed in color using Supplemental Palette Color LUTs, but can be displayed in grayscale if current display does not support color or with a user selected LUT. See Section C.8.16.2.1.1.1."""
    COLOR_REF = "COLOR_REF"
    """Image is intended to be displayed in color using an externally defined Palette Color LUTs, but can be displayed in grayscale if current display does not support color, or with a user selected LUT. I.e., the encoded pixel values are still continuous grayscale values (and not arbitrarily order indices into a lookup table)."""
    MONOCHROME = "MONOCHROME"
    """Image is intended to be displayed in grayscale only."""


if TYPE_CHECKING:
    PixelPresentationIntravascularOCTImageValue: TypeAlias = (
        PixelPresentationIntravascularOCTImage | Literal["COLOR", "COLOR_REF", "MONOCHROME"]
    )
else:
    PixelPresentationIntravascularOCTImageValue = PixelPresentationIntravascularOCTImage
"""A value of PixelPresentationIntravascularOCTImage: the enum or the string of one of its members."""


class PixelPresentationOphthalmicThicknessMap(StrEnum):
    """Enumerated Values of Pixel Presentation (0008,9205) in Ophthalmic Thickness Map Module Attributes (C.8.28.2-1)."""

    COLOR = "COLOR"
    """Use Supplemental Palette Color Lookup Table Module Attributes"""
    COLOR_REF = "COLOR_REF"
    """Use Referenced Color Palette Instance UID (0028,0304)"""


if TYPE_CHECKING:
    PixelPresentationOphthalmicThicknessMapValue: TypeAlias = (
        PixelPresentationOphthalmicThicknessMap | Literal["COLOR", "COLOR_REF"]
    )
else:
    PixelPresentationOphthalmicThicknessMapValue = PixelPresentationOphthalmicThicknessMap
"""A value of PixelPresentationOphthalmicThicknessMap: the enum or the string of one of its members."""


class PixelPresentationParametricMapImage(StrEnum):
    """Enumerated Values of Pixel Presentation (0008,9205) in Parametric Map Image Module Attributes (C.8.32-2)."""

    COLOR_RANGE = "COLOR_RANGE"
    """A Palette Color LUT is supplied or referenced. Image is best displayed using that Palette Color LUT, but can be displayed in grayscale if current display does not support color."""
    MONOCHROME = "MONOCHROME"
    """No Palette Color LUT is supplied or referenced. Image is intended to be displayed in grayscale only."""


if TYPE_CHECKING:
    PixelPresentationParametricMapImageValue: TypeAlias = (
        PixelPresentationParametricMapImage | Literal["COLOR_RANGE", "MONOCHROME"]
    )
else:
    PixelPresentationParametricMapImageValue = PixelPresentationParametricMapImage
"""A value of PixelPresentationParametricMapImage: the enum or the string of one of its members."""


class PixelPresentationMPRVolumetricPresentationStateDisplay(StrEnum):
    """Enumerated Values of Pixel Presentation (0008,9205) in MPR Volumetric Presentation State Display Module Attributes (C.11.27-1)."""

    MONOCHROME = "MONOCHROME"
    """Output consists of P-Values"""
    TRUE_COLOR = "TRUE_COLOR"
    """Output consists of PCS-Values"""


if TYPE_CHECKING:
    PixelPresentationMPRVolumetricPresentationStateDisplayValue: TypeAlias = (
        PixelPresentationMPRVolumetricPresentationStateDisplay | Literal["MONOCHROME", "TRUE_COLOR"]
    )
else:
    PixelPresentationMPRVolumetricPresentationStateDisplayValue = (
        PixelPresentationMPRVolumetricPresentationStateDisplay
    )
"""A value of PixelPresentationMPRVolumetricPresentationStateDisplay: the enum or the string of one of its members."""


class PixelPresentationRenderDisplay(StrEnum):
    """Enumerated Values of Pixel Presentation (0008,9205) in Render Display Module Attributes (C.11.32-1)."""

    TRUE_COLOR = "TRUE_COLOR"
    """Output consists of PCS-Values."""


if TYPE_CHECKING:
    PixelPresentationRenderDisplayValue: TypeAlias = (
        PixelPresentationRenderDisplay | Literal["TRUE_COLOR"]
    )
else:
    PixelPresentationRenderDisplayValue = PixelPresentationRenderDisplay
"""A value of PixelPresentationRenderDisplay: the enum or the string of one of its members."""
