"""Enumerated Values and Defined Terms of Shading Style.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ShadingStyle",
    "ShadingStyleValue",
]


class ShadingStyle(StrEnum):
    """Enumerated Values of Shading Style (0070,1701) in Render Shading Module Attributes (C.11.31-1)."""

    SINGLESIDED = "SINGLESIDED"
    """Only \"front-facing\" voxels are shaded."""
    DOUBLESIDED = "DOUBLESIDED"
    """\"Front-facing\" and \"back-facing\" voxels are shaded."""


if TYPE_CHECKING:
    ShadingStyleValue: TypeAlias = ShadingStyle | Literal["SINGLESIDED", "DOUBLESIDED"]
else:
    ShadingStyleValue = ShadingStyle
"""A value of ShadingStyle: the enum or the string of one of its members."""
