"""Enumerated Values and Defined Terms of Radiation Mode.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RadiationMode",
    "RadiationModeTerm",
    "RadiationModeValue",
]


class RadiationMode(StrEnum):
    """Enumerated Values of Radiation Mode (0018,115A) in KV Radiation Image Acquisition Parameters Macro Attributes (C.36.2.4.6-1)."""

    CONTINUOUS = "CONTINUOUS"
    PULSED = "PULSED"


if TYPE_CHECKING:
    RadiationModeValue: TypeAlias = RadiationMode | Literal["CONTINUOUS", "PULSED"]
else:
    RadiationModeValue = RadiationMode
"""A value of RadiationMode: the enum or the string of one of its members."""


class RadiationModeTerm(StrEnum):
    """Defined Terms of Radiation Mode (0018,115A) in X-Ray Acquisition Module Attributes (C.8-27)."""

    CONTINUOUS = "CONTINUOUS"
    PULSED = "PULSED"
