"""Enumerated Values and Defined Terms of Primary Dosimeter Unit.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PrimaryDosimeterUnit",
    "PrimaryDosimeterUnitRTBeamsDeliveryInstruction",
    "PrimaryDosimeterUnitRTBeamsDeliveryInstructionValue",
    "PrimaryDosimeterUnitRTIonBeams",
    "PrimaryDosimeterUnitRTIonBeamsValue",
    "PrimaryDosimeterUnitValue",
]


class PrimaryDosimeterUnit(StrEnum):
    """Enumerated Values of Primary Dosimeter Unit (300A,00B3) in RT Image Module Attributes (C.8-38)."""

    MU = "MU"
    """Monitor Unit"""
    MINUTE = "MINUTE"
    """minute"""


if TYPE_CHECKING:
    PrimaryDosimeterUnitValue: TypeAlias = PrimaryDosimeterUnit | Literal["MU", "MINUTE"]
else:
    PrimaryDosimeterUnitValue = PrimaryDosimeterUnit
"""A value of PrimaryDosimeterUnit: the enum or the string of one of its members."""


class PrimaryDosimeterUnitRTIonBeams(StrEnum):
    """Enumerated Values of Primary Dosimeter Unit (300A,00B3) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    MU = "MU"
    """Monitor Unit"""
    NP = "NP"
    """number of particles"""


if TYPE_CHECKING:
    PrimaryDosimeterUnitRTIonBeamsValue: TypeAlias = (
        PrimaryDosimeterUnitRTIonBeams | Literal["MU", "NP"]
    )
else:
    PrimaryDosimeterUnitRTIonBeamsValue = PrimaryDosimeterUnitRTIonBeams
"""A value of PrimaryDosimeterUnitRTIonBeams: the enum or the string of one of its members."""


class PrimaryDosimeterUnitRTBeamsDeliveryInstruction(StrEnum):
    """Enumerated Values of Primary Dosimeter Unit (300A,00B3) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    MU = "MU"
    """Monitor Unit"""
    MINUTE = "MINUTE"
    """minute"""
    NP = "NP"
    """Number of Particles"""


if TYPE_CHECKING:
    PrimaryDosimeterUnitRTBeamsDeliveryInstructionValue: TypeAlias = (
        PrimaryDosimeterUnitRTBeamsDeliveryInstruction | Literal["MU", "MINUTE", "NP"]
    )
else:
    PrimaryDosimeterUnitRTBeamsDeliveryInstructionValue = (
        PrimaryDosimeterUnitRTBeamsDeliveryInstruction
    )
"""A value of PrimaryDosimeterUnitRTBeamsDeliveryInstruction: the enum or the string of one of its members."""
