"""Enumerated Values and Defined Terms of Radiation Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RadiationType",
    "RadiationTypeTerm",
    "RadiationTypeTermRTIonBeams",
    "RadiationTypeValue",
]


class RadiationTypeTerm(StrEnum):
    """Defined Terms of Radiation Type (300A,00C6) in RT Beams Module Attributes (C.8-50)."""

    PHOTON = "PHOTON"
    ELECTRON = "ELECTRON"
    NEUTRON = "NEUTRON"
    PROTON = "PROTON"


class RadiationTypeTermRTIonBeams(StrEnum):
    """Defined Terms of Radiation Type (300A,00C6) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    PHOTON = "PHOTON"
    PROTON = "PROTON"
    ION = "ION"


class RadiationType(StrEnum):
    """Enumerated Values of Radiation Type (300A,00C6) in RT General Machine Verification Module Attributes (C.31-1)."""

    PHOTON = "PHOTON"
    ELECTRON = "ELECTRON"
    NEUTRON = "NEUTRON"
    PROTON = "PROTON"
    ION = "ION"


if TYPE_CHECKING:
    RadiationTypeValue: TypeAlias = (
        RadiationType | Literal["PHOTON", "ELECTRON", "NEUTRON", "PROTON", "ION"]
    )
else:
    RadiationTypeValue = RadiationType
"""A value of RadiationType: the enum or the string of one of its members."""
