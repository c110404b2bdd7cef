"""Enumerated Values and Defined Terms of Radiation Mode.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "RadiationMode",
    "RadiationModeTerm",
    "RadiationModeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import RadiationMode as RadiationMode
    from dicomodel.enums import RadiationModeTerm as RadiationModeTerm
    from dicomodel.enums import RadiationModeValue as RadiationModeValue


@cache
def _RadiationMode() -> type[StrEnum]:
    class RadiationMode(StrEnum):
        """Enumerated Values of Radiation Mode (0018,115A) in KV Radiation Image Acquisition Parameters Macro Attributes (C.36.2.4.6-1)."""

        CONTINUOUS = "CONTINUOUS"
        PULSED = "PULSED"

    RadiationMode.__qualname__ = "RadiationMode"
    return RadiationMode


@cache
def _RadiationModeTerm() -> type[StrEnum]:
    class RadiationModeTerm(StrEnum):
        """Defined Terms of Radiation Mode (0018,115A) in X-Ray Acquisition Module Attributes (C.8-27)."""

        CONTINUOUS = "CONTINUOUS"
        PULSED = "PULSED"

    RadiationModeTerm.__qualname__ = "RadiationModeTerm"
    return RadiationModeTerm


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "RadiationMode": _RadiationMode,
    "RadiationModeValue": _RadiationMode,
    "RadiationModeTerm": _RadiationModeTerm,
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
