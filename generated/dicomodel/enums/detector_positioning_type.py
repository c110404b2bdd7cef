"""Enumerated Values and Defined Terms of Detector Positioning Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DetectorPositioningType",
    "DetectorPositioningTypeValue",
]


class DetectorPositioningType(StrEnum):
    """Enumerated Values of Detector Positioning Type (3002,012F) in 3D RT Cone-Beam Imaging Geometry Macro Attributes (C.36.2.4.5-1)."""

    CENTERED = "CENTERED"
    """Full fan, detector is centered, resulting in a normal field of view."""
    SHIFTED = "SHIFTED"
    """Half fan, detector is laterally shifted by half of the detector size to increase the field of view."""


if TYPE_CHECKING:
    DetectorPositioningTypeValue: TypeAlias = (
        DetectorPositioningType | Literal["CENTERED", "SHIFTED"]
    )
else:
    DetectorPositioningTypeValue = DetectorPositioningType
"""A value of DetectorPositioningType: the enum or the string of one of its members."""
