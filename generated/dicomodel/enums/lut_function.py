"""Enumerated Values and Defined Terms of LUT Function.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "LUTFunction",
    "LUTFunctionTerm",
    "LUTFunctionValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import LUTFunction as LUTFunction
    from dicomodel.enums import LUTFunctionTerm as LUTFunctionTerm
    from dicomodel.enums import LUTFunctionValue as LUTFunctionValue


@cache
def _LUTFunctionTerm() -> type[StrEnum]:
    class LUTFunctionTerm(StrEnum):
        """Defined Terms of LUT Function (0028,9474) in Pixel Intensity Relationship LUT Macro Attributes (C.7.6.16-14)."""

        TO_LOG = "TO_LOG"
        TO_LINEAR = "TO_LINEAR"

    LUTFunctionTerm.__qualname__ = "LUTFunctionTerm"
    return LUTFunctionTerm


@cache
def _LUTFunction() -> type[StrEnum]:
    class LUTFunction(StrEnum):
        """Enumerated Values of LUT Function (0028,9474) in XA/XRF Presentation State Mask Module Attributes (C.11.19-1)."""

        TO_LOG = "TO_LOG"

    LUTFunction.__qualname__ = "LUTFunction"
    return LUTFunction


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "LUTFunctionTerm": _LUTFunctionTerm,
    "LUTFunction": _LUTFunction,
    "LUTFunctionValue": _LUTFunction,
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
