"""Enumerated Values and Defined Terms of MR Acquisition Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "MRAcquisitionType",
    "MRAcquisitionTypeTerm",
    "MRAcquisitionTypeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import MRAcquisitionType as MRAcquisitionType
    from dicomodel.enums import MRAcquisitionTypeTerm as MRAcquisitionTypeTerm
    from dicomodel.enums import MRAcquisitionTypeValue as MRAcquisitionTypeValue


@cache
def _MRAcquisitionType() -> type[StrEnum]:
    class MRAcquisitionType(StrEnum):
        """Enumerated Values of MR Acquisition Type (0018,0023) in MR Image Module Attributes (C.8-4)."""

        V2D = "2D"
        """frequency x phase"""
        V3D = "3D"
        """frequency x phase x phase"""

    MRAcquisitionType.__qualname__ = "MRAcquisitionType"
    return MRAcquisitionType


@cache
def _MRAcquisitionTypeTerm() -> type[StrEnum]:
    class MRAcquisitionTypeTerm(StrEnum):
        """Defined Terms of MR Acquisition Type (0018,0023) in MR Pulse Sequence Module Attributes (C.8-87)."""

        V1D = "1D"
        V2D = "2D"
        V3D = "3D"

    MRAcquisitionTypeTerm.__qualname__ = "MRAcquisitionTypeTerm"
    return MRAcquisitionTypeTerm


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "MRAcquisitionType": _MRAcquisitionType,
    "MRAcquisitionTypeValue": _MRAcquisitionType,
    "MRAcquisitionTypeTerm": _MRAcquisitionTypeTerm,
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
