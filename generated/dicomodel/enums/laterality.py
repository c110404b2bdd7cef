"""Enumerated Values and Defined Terms of Laterality.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "Laterality",
    "LateralityHangingProtocolDefinition",
    "LateralityHangingProtocolDefinitionValue",
    "LateralityValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import Laterality as Laterality
    from dicomodel.enums import (
        LateralityHangingProtocolDefinition as LateralityHangingProtocolDefinition,
    )
    from dicomodel.enums import (
        LateralityHangingProtocolDefinitionValue as LateralityHangingProtocolDefinitionValue,
    )
    from dicomodel.enums import LateralityValue as LateralityValue


@cache
def _Laterality() -> type[StrEnum]:
    class Laterality(StrEnum):
        """Enumerated Values of Laterality (0020,0060) in General Series Module Attributes (C.7-5a)."""

        R = "R"
        """right"""
        L = "L"
        """left"""

    Laterality.__qualname__ = "Laterality"
    return Laterality


@cache
def _LateralityHangingProtocolDefinition() -> type[StrEnum]:
    class LateralityHangingProtocolDefinition(StrEnum):
        """Enumerated Values of Laterality (0020,0060) in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

        R = "R"
        """Right"""
        L = "L"
        """Left"""
        B = "B"
        """Both"""
        U = "U"
        """Unpaired"""

    LateralityHangingProtocolDefinition.__qualname__ = "LateralityHangingProtocolDefinition"
    return LateralityHangingProtocolDefinition


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "Laterality": _Laterality,
    "LateralityValue": _Laterality,
    "LateralityHangingProtocolDefinition": _LateralityHangingProtocolDefinition,
    "LateralityHangingProtocolDefinitionValue": _LateralityHangingProtocolDefinition,
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
