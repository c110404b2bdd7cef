"""Enumerated Values and Defined Terms of Recognizable Visual Features.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RecognizableVisualFeatures",
    "RecognizableVisualFeaturesCornealTopographyMapImage",
    "RecognizableVisualFeaturesCornealTopographyMapImageValue",
    "RecognizableVisualFeaturesIntravascularOCTImage",
    "RecognizableVisualFeaturesIntravascularOCTImageValue",
    "RecognizableVisualFeaturesValue",
]


class RecognizableVisualFeatures(StrEnum):
    """Enumerated Values of Recognizable Visual Features (0028,0302) in General Image Module Attributes (C.7-9)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    RecognizableVisualFeaturesValue: TypeAlias = RecognizableVisualFeatures | Literal["YES", "NO"]
else:
    RecognizableVisualFeaturesValue = RecognizableVisualFeatures
"""A value of RecognizableVisualFeatures: the enum or the string of one of its members."""


class RecognizableVisualFeaturesIntravascularOCTImage(StrEnum):
    """Enumerated Values of Recognizable Visual Features (0028,0302) in Intravascular OCT Image Module Attributes (C.8.27.2-1)."""

    NO = "NO"


if TYPE_CHECKING:
    RecognizableVisualFeaturesIntravascularOCTImageValue: TypeAlias = (
        RecognizableVisualFeaturesIntravascularOCTImage | Literal["NO"]
    )
else:
    RecognizableVisualFeaturesIntravascularOCTImageValue = (
        RecognizableVisualFeaturesIntravascularOCTImage
    )
"""A value of RecognizableVisualFeaturesIntravascularOCTImage: the enum or the string of one of its members."""


class RecognizableVisualFeaturesCornealTopographyMapImage(StrEnum):
    """Enumerated Values of Recognizable Visual Features (0028,0302) in Corneal Topography Map Image Module Attributes (C.8.30.2-1)."""

    YES = "YES"


if TYPE_CHECKING:
    RecognizableVisualFeaturesCornealTopographyMapImageValue: TypeAlias = (
        RecognizableVisualFeaturesCornealTopographyMapImage | Literal["YES"]
    )
else:
    RecognizableVisualFeaturesCornealTopographyMapImageValue = (
        RecognizableVisualFeaturesCornealTopographyMapImage
    )
"""A value of RecognizableVisualFeaturesCornealTopographyMapImage: the enum or the string of one of its members."""
