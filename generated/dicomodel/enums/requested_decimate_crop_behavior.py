"""Enumerated Values and Defined Terms of Requested Decimate/Crop Behavior.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RequestedDecimateCropBehavior",
    "RequestedDecimateCropBehaviorValue",
]


class RequestedDecimateCropBehavior(StrEnum):
    """Enumerated Values of Requested Decimate/Crop Behavior (2020,0040) in Image Box Pixel Presentation Module Attributes (C.13-5)."""

    DECIMATE = "DECIMATE"
    """A magnification factor <1 to be applied to the image."""
    CROP = "CROP"
    """Some image rows and/or columns are to be deleted before printing. The specific algorithm for cropping shall be described in the SCP Conformance Statement."""
    FAIL = "FAIL"
    """The SCP shall not crop or decimate"""


if TYPE_CHECKING:
    RequestedDecimateCropBehaviorValue: TypeAlias = (
        RequestedDecimateCropBehavior | Literal["DECIMATE", "CROP", "FAIL"]
    )
else:
    RequestedDecimateCropBehaviorValue = RequestedDecimateCropBehavior
"""A value of RequestedDecimateCropBehavior: the enum or the string of one of its members."""
