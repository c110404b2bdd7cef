"""Enumerated Values and Defined Terms of Treatment Delivery Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "TreatmentDeliveryType",
    "TreatmentDeliveryTypeTerm",
    "TreatmentDeliveryTypeTermRTBeamsSessionRecord",
    "TreatmentDeliveryTypeTermRTBrachySessionRecord",
    "TreatmentDeliveryTypeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import TreatmentDeliveryType as TreatmentDeliveryType
    from dicomodel.enums import TreatmentDeliveryTypeTerm as TreatmentDeliveryTypeTerm
    from dicomodel.enums import (
        TreatmentDeliveryTypeTermRTBeamsSessionRecord as TreatmentDeliveryTypeTermRTBeamsSessionRecord,
    )
    from dicomodel.enums import (
        TreatmentDeliveryTypeTermRTBrachySessionRecord as TreatmentDeliveryTypeTermRTBrachySessionRecord,
    )
    from dicomodel.enums import TreatmentDeliveryTypeValue as TreatmentDeliveryTypeValue


@cache
def _TreatmentDeliveryTypeTerm() -> type[StrEnum]:
    class TreatmentDeliveryTypeTerm(StrEnum):
        """Defined Terms of Treatment Delivery Type (300A,00CE) in RT Beams Module Attributes (C.8-50)."""

        TREATMENT = "TREATMENT"
        """normal patient treatment"""
        OPEN_PORTFILM = "OPEN_PORTFILM"
        """portal image acquisition with open field"""
        TRMT_PORTFILM = "TRMT_PORTFILM"
        """portal image acquisition with treatment port"""
        CONTINUATION = "CONTINUATION"
        """continuation of interrupted treatment"""
        SETUP = "SETUP"
        """no treatment beam is applied for this RT Beam. To be used for specifying the gantry, couch, and other machine positions where X-Ray set-up images or measurements are to be taken"""

    TreatmentDeliveryTypeTerm.__qualname__ = "TreatmentDeliveryTypeTerm"
    return TreatmentDeliveryTypeTerm


@cache
def _TreatmentDeliveryTypeTermRTBeamsSessionRecord() -> type[StrEnum]:
    class TreatmentDeliveryTypeTermRTBeamsSessionRecord(StrEnum):
        """Defined Terms of Treatment Delivery Type (300A,00CE) in RT Beams Session Record Module Attributes (C.8-57)."""

        TREATMENT = "TREATMENT"
        """Normal patient treatment"""
        OPEN_PORTFILM = "OPEN_PORTFILM"
        """Portal image acquisition with open field"""
        TRMT_PORTFILM = "TRMT_PORTFILM"
        """Portal image acquisition with treatment port"""
        CONTINUATION = "CONTINUATION"
        """Continuation of interrupted treatment"""
        SETUP = "SETUP"
        """No treatment beam is applied for this RT Beam. To be used for specifying the gantry, couch, and other machine positions where X-Ray set-up images or measurements are to be taken."""
        VERIFICATION = "VERIFICATION"
        """Treatment used for Quality Assurance rather than patient treatment"""

    TreatmentDeliveryTypeTermRTBeamsSessionRecord.__qualname__ = (
        "TreatmentDeliveryTypeTermRTBeamsSessionRecord"
    )
    return TreatmentDeliveryTypeTermRTBeamsSessionRecord


@cache
def _TreatmentDeliveryTypeTermRTBrachySessionRecord() -> type[StrEnum]:
    class TreatmentDeliveryTypeTermRTBrachySessionRecord(StrEnum):
        """Defined Terms of Treatment Delivery Type (300A,00CE) in RT Brachy Session Record Module Attributes (C.8-58)."""

        TREATMENT = "TREATMENT"
        """normal patient treatment"""
        CONTINUATION = "CONTINUATION"
        """continuation of interrupted treatment"""

    TreatmentDeliveryTypeTermRTBrachySessionRecord.__qualname__ = (
        "TreatmentDeliveryTypeTermRTBrachySessionRecord"
    )
    return TreatmentDeliveryTypeTermRTBrachySessionRecord


@cache
def _TreatmentDeliveryType() -> type[StrEnum]:
    class TreatmentDeliveryType(StrEnum):
        """Enumerated Values of Treatment Delivery Type (300A,00CE) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

        TREATMENT = "TREATMENT"
        """normal patient treatment"""
        CONTINUATION = "CONTINUATION"
        """continuation of interrupted treatment"""

    TreatmentDeliveryType.__qualname__ = "TreatmentDeliveryType"
    return TreatmentDeliveryType


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "TreatmentDeliveryTypeTerm": _TreatmentDeliveryTypeTerm,
    "TreatmentDeliveryTypeTermRTBeamsSessionRecord": _TreatmentDeliveryTypeTermRTBeamsSessionRecord,
    "TreatmentDeliveryTypeTermRTBrachySessionRecord": _TreatmentDeliveryTypeTermRTBrachySessionRecord,
    "TreatmentDeliveryType": _TreatmentDeliveryType,
    "TreatmentDeliveryTypeValue": _TreatmentDeliveryType,
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
