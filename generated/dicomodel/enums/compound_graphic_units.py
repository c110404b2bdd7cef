"""Enumerated Values and Defined Terms of Compound Graphic Units.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CompoundGraphicUnits",
    "CompoundGraphicUnitsValue",
]


class CompoundGraphicUnits(StrEnum):
    """Enumerated Values of Compound Graphic Units (0070,0282) in Graphic Annotation Module Attributes (C.10-5)."""

    PIXEL = "PIXEL"
    """When an Attribute value specifies a location, it shall be an image relative position specified with sub-pixel resolution such that the origin at the Top Left Hand Corner (TLHC) of the TLHC pixel is 0.0\\0.0, the Bottom Right Hand Corner (BRHC) of the TLHC pixel is 1.0\\1.0, and the BRHC of the BRHC pixel is Columns\\Rows (see Figure C.10.5-1). The values must be within the range 0\\0 to Columns\\Rows. When an Attribute value specifies a distance the distance shall be in pixels."""
    DISPLAY = "DISPLAY"
    """When an Attribute value specifies a location, it shall be a fraction of Specified Displayed Area where 0.0\\0.0 is the TLHC and 1.0\\1.0 is the BRHC. The values must be within the range 0.0 to 1.0. When an Attribute value specifies a distance the distance shall be in fraction of Specified Displayed Area."""


if TYPE_CHECKING:
    CompoundGraphicUnitsValue: TypeAlias = CompoundGraphicUnits | Literal["PIXEL", "DISPLAY"]
else:
    CompoundGraphicUnitsValue = CompoundGraphicUnits
"""A value of CompoundGraphicUnits: the enum or the string of one of its members."""
