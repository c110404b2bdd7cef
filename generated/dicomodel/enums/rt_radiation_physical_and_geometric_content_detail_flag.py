"""Enumerated Values and Defined Terms of RT Radiation Physical and Geometric Content Detail Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RTRadiationPhysicalAndGeometricContentDetailFlag",
    "RTRadiationPhysicalAndGeometricContentDetailFlagValue",
]


class RTRadiationPhysicalAndGeometricContentDetailFlag(StrEnum):
    """Enumerated Values of RT Radiation Physical and Geometric Content Detail Flag (300A,0638) in RT Radiation Common Base Macro Attributes (C.36.2.1.6-1)."""

    FULL = "FULL"
    """The physical and geometric parameters of all devices are fully defined and dosimetric information is present. This level of detail is typically present after volumetric planning."""
    IDENT_ONLY = "IDENT_ONLY"
    """The physical and geometric parameters of all devices may not be fully specified, but the devices can be identified. This level of detail is typically present after non-volumetric planning (e.g., 2D planning) or in records of delivered treatments."""
    GEOMETRY_ONLY = "GEOMETRY_ONLY"
    """The geometric parameters of all devices are fully specified, but no dosimetric information is present. This level of detail is typically present after Virtual Simulation."""


if TYPE_CHECKING:
    RTRadiationPhysicalAndGeometricContentDetailFlagValue: TypeAlias = (
        RTRadiationPhysicalAndGeometricContentDetailFlag
        | Literal["FULL", "IDENT_ONLY", "GEOMETRY_ONLY"]
    )
else:
    RTRadiationPhysicalAndGeometricContentDetailFlagValue = (
        RTRadiationPhysicalAndGeometricContentDetailFlag
    )
"""A value of RTRadiationPhysicalAndGeometricContentDetailFlag: the enum or the string of one of its members."""
