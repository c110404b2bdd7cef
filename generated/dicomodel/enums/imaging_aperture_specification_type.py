"""Enumerated Values and Defined Terms of Imaging Aperture Specification Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ImagingApertureSpecificationType",
    "ImagingApertureSpecificationTypeValue",
]


class ImagingApertureSpecificationType(StrEnum):
    """Enumerated Values of Imaging Aperture Specification Type (3002,0115) in RT Imaging Aperture Macro Attributes (C.36.2.4.4-1)."""

    OPEN = "OPEN"
    """The aperture is specified to be fully opened."""
    BEAM = "BEAM"
    """The aperture is specified to be the aperture in an RT Control point of the RT Radiation SOP Instance referenced in the Referenced Baseline Parameters RT Radiation Instance Sequence (3002,011E)."""
    RELATIVE_TO_BEAM = "RELATIVE_TO_BEAM"
    """The aperture is specified relative to the aperture in an RT Control point of the RT Radiation SOP Instance referenced in the Referenced Baseline Parameters RT Radiation Instance Sequence (3002,011E)."""
    CUSTOM = "CUSTOM"
    """The aperture is fully specified by the provided parameter values."""


if TYPE_CHECKING:
    ImagingApertureSpecificationTypeValue: TypeAlias = (
        ImagingApertureSpecificationType | Literal["OPEN", "BEAM", "RELATIVE_TO_BEAM", "CUSTOM"]
    )
else:
    ImagingApertureSpecificationTypeValue = ImagingApertureSpecificationType
"""A value of ImagingApertureSpecificationType: the enum or the string of one of its members."""
