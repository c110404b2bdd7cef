"""Enumerated Values and Defined Terms of Light Source Polarization.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "LightSourcePolarization",
    "LightSourcePolarizationValue",
]


class LightSourcePolarization(StrEnum):
    """Enumerated Values of Light Source Polarization (0016,1001) in Dermoscopic Image Module Attributes (C.8.12.13-1)."""

    POLARIZED = "POLARIZED"
    NON_POLARIZED = "NON_POLARIZED"


if TYPE_CHECKING:
    LightSourcePolarizationValue: TypeAlias = (
        LightSourcePolarization | Literal["POLARIZED", "NON_POLARIZED"]
    )
else:
    LightSourcePolarizationValue = LightSourcePolarization
"""A value of LightSourcePolarization: the enum or the string of one of its members."""
