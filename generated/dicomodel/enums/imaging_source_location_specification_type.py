"""Enumerated Values and Defined Terms of Imaging Source Location Specification Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ImagingSourceLocationSpecificationType",
    "ImagingSourceLocationSpecificationTypeValue",
]


class ImagingSourceLocationSpecificationType(StrEnum):
    """Enumerated Values of Imaging Source Location Specification Type (3002,0111) in RT Projection Imaging Request Geometry Macro Attributes (C.36.2.4.1-1)."""

    ABSOLUTE_MATRIX = "ABSOLUTE_MATRIX"
    """Specified using absolute values represented by matrices describing the Imaging Source Coordinate System with respect to the Equipment Frame of Reference."""
    ABSOLUTE_PARAMS = "ABSOLUTE_PARAMS"
    """Specified using absolute values for native parameters of a specific device."""
    RELATIVE_PARAMS = "RELATIVE_PARAMS"
    """Specified using values for native parameters relative to the values referenced in Referenced Baseline Parameters RT Radiation Instance Sequence (3002,011E)."""


if TYPE_CHECKING:
    ImagingSourceLocationSpecificationTypeValue: TypeAlias = (
        ImagingSourceLocationSpecificationType
        | Literal["ABSOLUTE_MATRIX", "ABSOLUTE_PARAMS", "RELATIVE_PARAMS"]
    )
else:
    ImagingSourceLocationSpecificationTypeValue = ImagingSourceLocationSpecificationType
"""A value of ImagingSourceLocationSpecificationType: the enum or the string of one of its members."""
