"""Enumerated Values and Defined Terms of Primary Dosimeter Unit.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PrimaryDosimeterUnit as PrimaryDosimeterUnit
from dicomodel.enums import (
    PrimaryDosimeterUnitRTBeamsDeliveryInstruction as PrimaryDosimeterUnitRTBeamsDeliveryInstruction,
)
from dicomodel.enums import (
    PrimaryDosimeterUnitRTBeamsDeliveryInstructionValue as PrimaryDosimeterUnitRTBeamsDeliveryInstructionValue,
)
from dicomodel.enums import PrimaryDosimeterUnitRTIonBeams as PrimaryDosimeterUnitRTIonBeams
from dicomodel.enums import (
    PrimaryDosimeterUnitRTIonBeamsValue as PrimaryDosimeterUnitRTIonBeamsValue,
)
from dicomodel.enums import PrimaryDosimeterUnitValue as PrimaryDosimeterUnitValue

__all__ = [
    "PrimaryDosimeterUnit",
    "PrimaryDosimeterUnitRTBeamsDeliveryInstruction",
    "PrimaryDosimeterUnitRTBeamsDeliveryInstructionValue",
    "PrimaryDosimeterUnitRTIonBeams",
    "PrimaryDosimeterUnitRTIonBeamsValue",
    "PrimaryDosimeterUnitValue",
]
