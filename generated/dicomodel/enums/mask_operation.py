"""Enumerated Values and Defined Terms of Mask Operation.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "MaskOperation",
    "MaskOperationTerm",
    "MaskOperationValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import MaskOperation as MaskOperation
    from dicomodel.enums import MaskOperationTerm as MaskOperationTerm
    from dicomodel.enums import MaskOperationValue as MaskOperationValue


@cache
def _MaskOperationTerm() -> type[StrEnum]:
    class MaskOperationTerm(StrEnum):
        """Defined Terms of Mask Operation (0028,6101) in Mask Module Attributes (C.7-16)."""

        NONE = "NONE"
        """(No Subtraction) No mask subtraction operation is specified;"""
        AVG_SUB = "AVG_SUB"
        """(Average Subtraction) The frames specified by the Mask Frame Numbers (0028,6110) are averaged together, shifted by the amount specified in the Mask Sub-pixel Shift (0028,6114), then subtracted from the contrast frames in the range specified in the Applicable Frame Range (0028,6102). Contrast Frame Averaging (0028,6112) number of frames starting with the current frame are averaged together before the subtraction. If the Applicable Frame Range is not present in this Sequence Item, the Applicable Frame Range is assumed to end at the last frame number of the image minus Contrast Frame Averaging (0028,6112) plus one;"""
        TID = "TID"
        """(Time Interval Differencing) The mask for each frame within the Applicable Frame Range (0028,6102) is selected by subtracting TID Offset (0028,6120) from the respective frame number. If the Applicable Frame Range is not present in this Sequence Item, the Applicable Frame Range is assumed to be a range where TID offset subtracted from any frame number with the range results in a valid frame number within the Multi-frame image. A positive value for TID Offset (0028,6120) means that the mask frame numbers are lower than the subtracted frame numbers. A negative TID Offset means that the mask frame numbers are higher than the subtracted frame numbers."""
        REV_TID = "REV_TID"
        """(Reversed Time Interval Differencing) The number of the mask frame for each contrast frame within the Applicable Frame Range (0028,6102) is calculated by subtracting TID Offset (0028,6120) from the first frame within the Applicable Frame Range, TID Offset (0028,6120) +2 from the second frame within the Applicable Frame Range, TID Offset (0028,6120) +4 from the third frame and so on. The Applicable Frame Range (0028,6102) shall be present. When multiple pairs of frame numbers are specified in the Applicable Frame Range Attribute, the beginning frame numbers (i.e., the first frame number in each pair) shall be in increasing order. Algorithm to calculate the Mask Frame Number: MFN = (FCFN - TID Offset) - (CFN - FCFN) Where: MFN = Mask Frame Number CFN = Contrast Frame Number FCFN = First Contrast Frame Number, the first frame number of the first pair in the Applicable Frame Range A positive value for TID Offset (0028,6120) means that the mask frame numbers are lower than the subtracted frame numbers. A negative TID Offset means that the mask frame numbers are higher than the subtracted frame numbers."""

    MaskOperationTerm.__qualname__ = "MaskOperationTerm"
    return MaskOperationTerm


@cache
def _MaskOperation() -> type[StrEnum]:
    class MaskOperation(StrEnum):
        """Enumerated Values of Mask Operation (0028,6101) in Presentation State Mask Module Attributes (C.11.13-1)."""

        AVG_SUB = "AVG_SUB"
        TID = "TID"

    MaskOperation.__qualname__ = "MaskOperation"
    return MaskOperation


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "MaskOperationTerm": _MaskOperationTerm,
    "MaskOperation": _MaskOperation,
    "MaskOperationValue": _MaskOperation,
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
