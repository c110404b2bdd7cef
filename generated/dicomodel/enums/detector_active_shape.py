"""Enumerated Values and Defined Terms of Detector Active Shape.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DetectorActiveShape",
    "DetectorActiveShapeValue",
]


class DetectorActiveShape(StrEnum):
    """Enumerated Values of Detector Active Shape (0018,7024) in Digital X-Ray Detector Macro Attributes (C.8-71b)."""

    RECTANGLE = "RECTANGLE"
    ROUND = "ROUND"
    HEXAGONAL = "HEXAGONAL"


if TYPE_CHECKING:
    DetectorActiveShapeValue: TypeAlias = (
        DetectorActiveShape | Literal["RECTANGLE", "ROUND", "HEXAGONAL"]
    )
else:
    DetectorActiveShapeValue = DetectorActiveShape
"""A value of DetectorActiveShape: the enum or the string of one of its members."""
