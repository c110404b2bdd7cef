"""Enumerated Values and Defined Terms of Positioner Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

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


class PositionerTypeTerm(StrEnum):
    """Defined Terms of Positioner Type (0018,1508) in DX Positioning Module Attributes (C.8-72)."""

    CARM = "CARM"
    COLUMN = "COLUMN"
    MAMMOGRAPHIC = "MAMMOGRAPHIC"
    PANORAMIC = "PANORAMIC"
    CEPHALOSTAT = "CEPHALOSTAT"
    RIGID = "RIGID"
    NONE = "NONE"


class PositionerType(StrEnum):
    """Enumerated Values of Positioner Type (0018,1508) in Mammography Image Module Attributes (C.8-74)."""

    MAMMOGRAPHIC = "MAMMOGRAPHIC"
    NONE = "NONE"


if TYPE_CHECKING:
    PositionerTypeValue: TypeAlias = PositionerType | Literal["MAMMOGRAPHIC", "NONE"]
else:
    PositionerTypeValue = PositionerType
"""A value of PositionerType: the enum or the string of one of its members."""


class PositionerTypeIntraOralImage(StrEnum):
    """Enumerated Values of Positioner Type (0018,1508) in Intra-Oral Image Module Attributes (C.8-76)."""

    NONE = "NONE"
    CEPHALOSTAT = "CEPHALOSTAT"
    RIGID = "RIGID"


if TYPE_CHECKING:
    PositionerTypeIntraOralImageValue: TypeAlias = (
        PositionerTypeIntraOralImage | Literal["NONE", "CEPHALOSTAT", "RIGID"]
    )
else:
    PositionerTypeIntraOralImageValue = PositionerTypeIntraOralImage
"""A value of PositionerTypeIntraOralImage: the enum or the string of one of its members."""


class PositionerTypeTermXAXRFAcquisition(StrEnum):
    """Defined Terms of Positioner Type (0018,1508) in XA/XRF Acquisition Module Attributes (C.8.19.3-1)."""

    CARM = "CARM"
    COLUMN = "COLUMN"


class PositionerTypeEnhancedMammographyImage(StrEnum):
    """Enumerated Values of Positioner Type (0018,1508) in Enhanced Mammography Image Module Attributes (C.8.31-1)."""

    MAMMOGRAPHIC = "MAMMOGRAPHIC"


if TYPE_CHECKING:
    PositionerTypeEnhancedMammographyImageValue: TypeAlias = (
        PositionerTypeEnhancedMammographyImage | Literal["MAMMOGRAPHIC"]
    )
else:
    PositionerTypeEnhancedMammographyImageValue = PositionerTypeEnhancedMammographyImage
"""A value of PositionerTypeEnhancedMammographyImage: the enum or the string of one of its members."""
