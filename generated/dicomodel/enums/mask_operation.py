"""Enumerated Values and Defined Terms of Mask Operation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "MaskOperation",
    "MaskOperationTerm",
    "MaskOperationValue",
]


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


class MaskOperation(StrEnum):
    """Enumerated Values of Mask Operation (0028,6101) in Presentation State Mask Module Attributes (C.11.13-1)."""

    AVG_SUB = "AVG_SUB"
    TID = "TID"


if TYPE_CHECKING:
    MaskOperationValue: TypeAlias = MaskOperation | Literal["AVG_SUB", "TID"]
else:
    MaskOperationValue = MaskOperation
"""A value of MaskOperation: the enum or the string of one of its members."""
