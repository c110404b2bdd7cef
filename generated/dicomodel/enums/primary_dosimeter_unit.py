"""Enumerated Values and Defined Terms of Primary Dosimeter Unit.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "PrimaryDosimeterUnit",
    "PrimaryDosimeterUnitRTBeamsDeliveryInstruction",
    "PrimaryDosimeterUnitRTBeamsDeliveryInstructionValue",
    "PrimaryDosimeterUnitRTIonBeams",
    "PrimaryDosimeterUnitRTIonBeamsValue",
    "PrimaryDosimeterUnitValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
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


@cache
def _PrimaryDosimeterUnit() -> type[StrEnum]:
    class PrimaryDosimeterUnit(StrEnum):
        """Enumerated Values of Primary Dosimeter Unit (300A,00B3) in RT Image Module Attributes (C.8-38)."""

        MU = "MU"
        """Monitor Unit"""
        MINUTE = "MINUTE"
        """minute"""

    PrimaryDosimeterUnit.__qualname__ = "PrimaryDosimeterUnit"
    return PrimaryDosimeterUnit


@cache
def _PrimaryDosimeterUnitRTIonBeams() -> type[StrEnum]:
    class PrimaryDosimeterUnitRTIonBeams(StrEnum):
        """Enumerated Values of Primary Dosimeter Unit (300A,00B3) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

        MU = "MU"
        """Monitor Unit"""
        NP = "NP"
        """number of particles"""

    PrimaryDosimeterUnitRTIonBeams.__qualname__ = "PrimaryDosimeterUnitRTIonBeams"
    return PrimaryDosimeterUnitRTIonBeams


@cache
def _PrimaryDosimeterUnitRTBeamsDeliveryInstruction() -> type[StrEnum]:
    class PrimaryDosimeterUnitRTBeamsDeliveryInstruction(StrEnum):
        """Enumerated Values of Primary Dosimeter Unit (300A,00B3) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

        MU = "MU"
        """Monitor Unit"""
        MINUTE = "MINUTE"
        """minute"""
        NP = "NP"
        """Number of Particles"""

    PrimaryDosimeterUnitRTBeamsDeliveryInstruction.__qualname__ = (
        "PrimaryDosimeterUnitRTBeamsDeliveryInstruction"
    )
    return PrimaryDosimeterUnitRTBeamsDeliveryInstruction


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "PrimaryDosimeterUnit": _PrimaryDosimeterUnit,
    "PrimaryDosimeterUnitValue": _PrimaryDosimeterUnit,
    "PrimaryDosimeterUnitRTIonBeams": _PrimaryDosimeterUnitRTIonBeams,
    "PrimaryDosimeterUnitRTIonBeamsValue": _PrimaryDosimeterUnitRTIonBeams,
    "PrimaryDosimeterUnitRTBeamsDeliveryInstruction": _PrimaryDosimeterUnitRTBeamsDeliveryInstruction,
    "PrimaryDosimeterUnitRTBeamsDeliveryInstructionValue": _PrimaryDosimeterUnitRTBeamsDeliveryInstruction,
}


def __getattr__(name: str) -> Any:
    """An enum of this file, made on first use (issue 16)."""
    make = _MAKERS.get(name)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = make()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
