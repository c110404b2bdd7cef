"""Enumerated Values and Defined Terms of Exposure Control Sensing Region Shape.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ExposureControlSensingRegionShape",
    "ExposureControlSensingRegionShapeValue",
]


class ExposureControlSensingRegionShape(StrEnum):
    """Enumerated Values of Exposure Control Sensing Region Shape (0018,9435) in X-Ray Exposure Control Sensing Regions Macro Attributes (C.8.19.6-3)."""

    RECTANGULAR = "RECTANGULAR"
    CIRCULAR = "CIRCULAR"
    POLYGONAL = "POLYGONAL"


if TYPE_CHECKING:
    ExposureControlSensingRegionShapeValue: TypeAlias = (
        ExposureControlSensingRegionShape | Literal["RECTANGULAR", "CIRCULAR", "POLYGONAL"]
    )
else:
    ExposureControlSensingRegionShapeValue = ExposureControlSensingRegionShape
"""A value of ExposureControlSensingRegionShape: the enum or the string of one of its members."""
