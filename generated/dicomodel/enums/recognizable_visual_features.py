"""Enumerated Values and Defined Terms of Recognizable Visual Features.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "RecognizableVisualFeatures",
    "RecognizableVisualFeaturesCornealTopographyMapImage",
    "RecognizableVisualFeaturesCornealTopographyMapImageValue",
    "RecognizableVisualFeaturesIntravascularOCTImage",
    "RecognizableVisualFeaturesIntravascularOCTImageValue",
    "RecognizableVisualFeaturesValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import RecognizableVisualFeatures as RecognizableVisualFeatures
    from dicomodel.enums import (
        RecognizableVisualFeaturesCornealTopographyMapImage as RecognizableVisualFeaturesCornealTopographyMapImage,
    )
    from dicomodel.enums import (
        RecognizableVisualFeaturesCornealTopographyMapImageValue as RecognizableVisualFeaturesCornealTopographyMapImageValue,
    )
    from dicomodel.enums import (
        RecognizableVisualFeaturesIntravascularOCTImage as RecognizableVisualFeaturesIntravascularOCTImage,
    )
    from dicomodel.enums import (
        RecognizableVisualFeaturesIntravascularOCTImageValue as RecognizableVisualFeaturesIntravascularOCTImageValue,
    )
    from dicomodel.enums import RecognizableVisualFeaturesValue as RecognizableVisualFeaturesValue


@cache
def _RecognizableVisualFeatures() -> type[StrEnum]:
    class RecognizableVisualFeatures(StrEnum):
        """Enumerated Values of Recognizable Visual Features (0028,0302) in General Image Module Attributes (C.7-9)."""

        YES = "YES"
        NO = "NO"

    RecognizableVisualFeatures.__qualname__ = "RecognizableVisualFeatures"
    return RecognizableVisualFeatures


@cache
def _RecognizableVisualFeaturesIntravascularOCTImage() -> type[StrEnum]:
    class RecognizableVisualFeaturesIntravascularOCTImage(StrEnum):
        """Enumerated Values of Recognizable Visual Features (0028,0302) in Intravascular OCT Image Module Attributes (C.8.27.2-1)."""

        NO = "NO"

    RecognizableVisualFeaturesIntravascularOCTImage.__qualname__ = (
        "RecognizableVisualFeaturesIntravascularOCTImage"
    )
    return RecognizableVisualFeaturesIntravascularOCTImage


@cache
def _RecognizableVisualFeaturesCornealTopographyMapImage() -> type[StrEnum]:
    class RecognizableVisualFeaturesCornealTopographyMapImage(StrEnum):
        """Enumerated Values of Recognizable Visual Features (0028,0302) in Corneal Topography Map Image Module Attributes (C.8.30.2-1)."""

        YES = "YES"

    RecognizableVisualFeaturesCornealTopographyMapImage.__qualname__ = (
        "RecognizableVisualFeaturesCornealTopographyMapImage"
    )
    return RecognizableVisualFeaturesCornealTopographyMapImage


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "RecognizableVisualFeatures": _RecognizableVisualFeatures,
    "RecognizableVisualFeaturesValue": _RecognizableVisualFeatures,
    "RecognizableVisualFeaturesIntravascularOCTImage": _RecognizableVisualFeaturesIntravascularOCTImage,
    "RecognizableVisualFeaturesIntravascularOCTImageValue": _RecognizableVisualFeaturesIntravascularOCTImage,
    "RecognizableVisualFeaturesCornealTopographyMapImage": _RecognizableVisualFeaturesCornealTopographyMapImage,
    "RecognizableVisualFeaturesCornealTopographyMapImageValue": _RecognizableVisualFeaturesCornealTopographyMapImage,
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
