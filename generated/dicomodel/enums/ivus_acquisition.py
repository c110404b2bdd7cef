"""Enumerated Values and Defined Terms of IVUS Acquisition.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "IVUSAcquisition",
    "IVUSAcquisitionTerm",
    "IVUSAcquisitionValue",
]


class IVUSAcquisitionTerm(StrEnum):
    """Defined Terms of IVUS Acquisition (0018,3100) in US Image Module Attributes (C.8-18)."""

    MOTOR_PULLBACK = "MOTOR_PULLBACK"
    MANUAL_PULLBACK = "MANUAL_PULLBACK"
    SELECTIVE = "SELECTIVE"
    GATED_PULLBACK = "GATED_PULLBACK"


class IVUSAcquisition(StrEnum):
    """Enumerated Values of IVUS Acquisition (0018,3100) in Intravascular Image Acquisition Parameters Module Attributes (C.8.27.5-1)."""

    MOTORIZED = "MOTORIZED"
    MANUAL = "MANUAL"
    SELECTIVE = "SELECTIVE"
    MEASURED = "MEASURED"


if TYPE_CHECKING:
    IVUSAcquisitionValue: TypeAlias = (
        IVUSAcquisition | Literal["MOTORIZED", "MANUAL", "SELECTIVE", "MEASURED"]
    )
else:
    IVUSAcquisitionValue = IVUSAcquisition
"""A value of IVUSAcquisition: the enum or the string of one of its members."""
