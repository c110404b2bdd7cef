"""Enumerated Values and Defined Terms of Type of Optical Correction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TypeOfOpticalCorrection",
    "TypeOfOpticalCorrectionValue",
]


class TypeOfOpticalCorrection(StrEnum):
    """Enumerated Values of Type of Optical Correction (0022,1046) in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    SPHERICAL = "SPHERICAL"
    TORIC = "TORIC"


if TYPE_CHECKING:
    TypeOfOpticalCorrectionValue: TypeAlias = (
        TypeOfOpticalCorrection | Literal["SPHERICAL", "TORIC"]
    )
else:
    TypeOfOpticalCorrectionValue = TypeOfOpticalCorrection
"""A value of TypeOfOpticalCorrection: the enum or the string of one of its members."""
