"""Enumerated Values and Defined Terms of Organ Exposed.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "OrganExposed",
    "OrganExposedTerm",
    "OrganExposedValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import OrganExposed as OrganExposed
    from dicomodel.enums import OrganExposedTerm as OrganExposedTerm
    from dicomodel.enums import OrganExposedValue as OrganExposedValue


@cache
def _OrganExposedTerm() -> type[StrEnum]:
    class OrganExposedTerm(StrEnum):
        """Defined Terms of Organ Exposed (0040,0318) in X-Ray Acquisition Dose Module Attributes (C.8-33)."""

        BREAST = "BREAST"
        GONADS = "GONADS"
        BONE_MARROW = "BONE MARROW"
        FETUS = "FETUS"
        LENS = "LENS"

    OrganExposedTerm.__qualname__ = "OrganExposedTerm"
    return OrganExposedTerm


@cache
def _OrganExposed() -> type[StrEnum]:
    class OrganExposed(StrEnum):
        """Enumerated Values of Organ Exposed (0040,0318) in Mammography Image Module Attributes (C.8-74)."""

        BREAST = "BREAST"

    OrganExposed.__qualname__ = "OrganExposed"
    return OrganExposed


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "OrganExposedTerm": _OrganExposedTerm,
    "OrganExposed": _OrganExposed,
    "OrganExposedValue": _OrganExposed,
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
