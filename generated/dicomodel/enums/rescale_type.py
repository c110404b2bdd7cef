"""Enumerated Values and Defined Terms of Rescale Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "RescaleType",
    "RescaleTypeTerm",
    "RescaleTypeTermSCMultiFrameImage",
    "RescaleTypeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import RescaleType as RescaleType
    from dicomodel.enums import RescaleTypeTerm as RescaleTypeTerm
    from dicomodel.enums import RescaleTypeTermSCMultiFrameImage as RescaleTypeTermSCMultiFrameImage
    from dicomodel.enums import RescaleTypeValue as RescaleTypeValue


@cache
def _RescaleType() -> type[StrEnum]:
    class RescaleType(StrEnum):
        """Enumerated Values of Rescale Type (0028,1054) in Pixel Value Transformation Macro Attributes (C.7.6.16-10)."""

        US = "US"
        """Unspecified if Modality (0008,0060) equals MR or PT."""

    RescaleType.__qualname__ = "RescaleType"
    return RescaleType


@cache
def _RescaleTypeTerm() -> type[StrEnum]:
    class RescaleTypeTerm(StrEnum):
        """Defined Terms of Rescale Type (0028,1054) in CT Pixel Value Transformation Macro Attributes (C.8-126)."""

        OD = "OD"
        """The number in the LUT represents thousands of optical density. That is, a value of 2140 represents an optical density of 2.140."""
        HU = "HU"
        """Hounsfield Units (CT)"""
        US = "US"
        """Unspecified"""
        MGML = "MGML"
        """mg/ml"""
        Z_EFF = "Z_EFF"
        """Effective Atomic Number (i.e., Effective-Z)"""
        ED = "ED"
        """Electron density in 1023 electrons/ml"""
        EDW = "EDW"
        """Electron density normalized to water in units of N/Nw where N is number of electrons per unit volume, and Nw is number of electrons in the same unit of water at standard temperature and pressure."""
        HU_MOD = "HU_MOD"
        """Modified Hounsfield Unit"""
        PCT = "PCT"
        """Percentage (%)"""

    RescaleTypeTerm.__qualname__ = "RescaleTypeTerm"
    return RescaleTypeTerm


@cache
def _RescaleTypeTermSCMultiFrameImage() -> type[StrEnum]:
    class RescaleTypeTermSCMultiFrameImage(StrEnum):
        """Defined Terms of Rescale Type (0028,1054) in SC Multi-frame Image Module Attributes (C.8-25b)."""

        US = "US"
        """Unspecified"""

    RescaleTypeTermSCMultiFrameImage.__qualname__ = "RescaleTypeTermSCMultiFrameImage"
    return RescaleTypeTermSCMultiFrameImage


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "RescaleType": _RescaleType,
    "RescaleTypeValue": _RescaleType,
    "RescaleTypeTerm": _RescaleTypeTerm,
    "RescaleTypeTermSCMultiFrameImage": _RescaleTypeTermSCMultiFrameImage,
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
