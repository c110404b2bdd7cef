"""Enumerated Values and Defined Terms of Positioner Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "PositionerType",
    "PositionerTypeEnhancedMammographyImage",
    "PositionerTypeEnhancedMammographyImageValue",
    "PositionerTypeIntraOralImage",
    "PositionerTypeIntraOralImageValue",
    "PositionerTypeTerm",
    "PositionerTypeTermXAXRFAcquisition",
    "PositionerTypeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import PositionerType as PositionerType
    from dicomodel.enums import (
        PositionerTypeEnhancedMammographyImage as PositionerTypeEnhancedMammographyImage,
    )
    from dicomodel.enums import (
        PositionerTypeEnhancedMammographyImageValue as PositionerTypeEnhancedMammographyImageValue,
    )
    from dicomodel.enums import PositionerTypeIntraOralImage as PositionerTypeIntraOralImage
    from dicomodel.enums import (
        PositionerTypeIntraOralImageValue as PositionerTypeIntraOralImageValue,
    )
    from dicomodel.enums import PositionerTypeTerm as PositionerTypeTerm
    from dicomodel.enums import (
        PositionerTypeTermXAXRFAcquisition as PositionerTypeTermXAXRFAcquisition,
    )
    from dicomodel.enums import PositionerTypeValue as PositionerTypeValue


@cache
def _PositionerTypeTerm() -> type[StrEnum]:
    class PositionerTypeTerm(StrEnum):
        """Defined Terms of Positioner Type (0018,1508) in DX Positioning Module Attributes (C.8-72)."""

        CARM = "CARM"
        COLUMN = "COLUMN"
        MAMMOGRAPHIC = "MAMMOGRAPHIC"
        PANORAMIC = "PANORAMIC"
        CEPHALOSTAT = "CEPHALOSTAT"
        RIGID = "RIGID"
        NONE = "NONE"

    PositionerTypeTerm.__qualname__ = "PositionerTypeTerm"
    return PositionerTypeTerm


@cache
def _PositionerType() -> type[StrEnum]:
    class PositionerType(StrEnum):
        """Enumerated Values of Positioner Type (0018,1508) in Mammography Image Module Attributes (C.8-74)."""

        MAMMOGRAPHIC = "MAMMOGRAPHIC"
        NONE = "NONE"

    PositionerType.__qualname__ = "PositionerType"
    return PositionerType


@cache
def _PositionerTypeIntraOralImage() -> type[StrEnum]:
    class PositionerTypeIntraOralImage(StrEnum):
        """Enumerated Values of Positioner Type (0018,1508) in Intra-Oral Image Module Attributes (C.8-76)."""

        NONE = "NONE"
        CEPHALOSTAT = "CEPHALOSTAT"
        RIGID = "RIGID"

    PositionerTypeIntraOralImage.__qualname__ = "PositionerTypeIntraOralImage"
    return PositionerTypeIntraOralImage


@cache
def _PositionerTypeTermXAXRFAcquisition() -> type[StrEnum]:
    class PositionerTypeTermXAXRFAcquisition(StrEnum):
        """Defined Terms of Positioner Type (0018,1508) in XA/XRF Acquisition Module Attributes (C.8.19.3-1)."""

        CARM = "CARM"
        COLUMN = "COLUMN"

    PositionerTypeTermXAXRFAcquisition.__qualname__ = "PositionerTypeTermXAXRFAcquisition"
    return PositionerTypeTermXAXRFAcquisition


@cache
def _PositionerTypeEnhancedMammographyImage() -> type[StrEnum]:
    class PositionerTypeEnhancedMammographyImage(StrEnum):
        """Enumerated Values of Positioner Type (0018,1508) in Enhanced Mammography Image Module Attributes (C.8.31-1)."""

        MAMMOGRAPHIC = "MAMMOGRAPHIC"

    PositionerTypeEnhancedMammographyImage.__qualname__ = "PositionerTypeEnhancedMammographyImage"
    return PositionerTypeEnhancedMammographyImage


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "PositionerTypeTerm": _PositionerTypeTerm,
    "PositionerType": _PositionerType,
    "PositionerTypeValue": _PositionerType,
    "PositionerTypeIntraOralImage": _PositionerTypeIntraOralImage,
    "PositionerTypeIntraOralImageValue": _PositionerTypeIntraOralImage,
    "PositionerTypeTermXAXRFAcquisition": _PositionerTypeTermXAXRFAcquisition,
    "PositionerTypeEnhancedMammographyImage": _PositionerTypeEnhancedMammographyImage,
    "PositionerTypeEnhancedMammographyImageValue": _PositionerTypeEnhancedMammographyImage,
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
