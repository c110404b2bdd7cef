"""Enumerated Values and Defined Terms of IVUS Acquisition.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "IVUSAcquisition",
    "IVUSAcquisitionTerm",
    "IVUSAcquisitionValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import IVUSAcquisition as IVUSAcquisition
    from dicomodel.enums import IVUSAcquisitionTerm as IVUSAcquisitionTerm
    from dicomodel.enums import IVUSAcquisitionValue as IVUSAcquisitionValue


@cache
def _IVUSAcquisitionTerm() -> type[StrEnum]:
    class IVUSAcquisitionTerm(StrEnum):
        """Defined Terms of IVUS Acquisition (0018,3100) in US Image Module Attributes (C.8-18)."""

        MOTOR_PULLBACK = "MOTOR_PULLBACK"
        MANUAL_PULLBACK = "MANUAL_PULLBACK"
        SELECTIVE = "SELECTIVE"
        GATED_PULLBACK = "GATED_PULLBACK"

    IVUSAcquisitionTerm.__qualname__ = "IVUSAcquisitionTerm"
    return IVUSAcquisitionTerm


@cache
def _IVUSAcquisition() -> type[StrEnum]:
    class IVUSAcquisition(StrEnum):
        """Enumerated Values of IVUS Acquisition (0018,3100) in Intravascular Image Acquisition Parameters Module Attributes (C.8.27.5-1)."""

        MOTORIZED = "MOTORIZED"
        MANUAL = "MANUAL"
        SELECTIVE = "SELECTIVE"
        MEASURED = "MEASURED"

    IVUSAcquisition.__qualname__ = "IVUSAcquisition"
    return IVUSAcquisition


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "IVUSAcquisitionTerm": _IVUSAcquisitionTerm,
    "IVUSAcquisition": _IVUSAcquisition,
    "IVUSAcquisitionValue": _IVUSAcquisition,
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
