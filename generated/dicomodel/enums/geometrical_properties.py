"""Enumerated Values and Defined Terms of Geometrical Properties.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GeometricalProperties",
    "GeometricalPropertiesValue",
]


class GeometricalProperties(StrEnum):
    """Enumerated Values of Geometrical Properties (0028,9444) in X-Ray Frame Pixel Data Properties Macro Attributes (C.8.19.6-4)."""

    UNIFORM = "UNIFORM"
    NON_UNIFORM = "NON_UNIFORM"


if TYPE_CHECKING:
    GeometricalPropertiesValue: TypeAlias = (
        GeometricalProperties | Literal["UNIFORM", "NON_UNIFORM"]
    )
else:
    GeometricalPropertiesValue = GeometricalProperties
"""A value of GeometricalProperties: the enum or the string of one of its members."""
