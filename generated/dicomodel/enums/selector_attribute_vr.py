"""Enumerated Values and Defined Terms of Selector Attribute VR.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SelectorAttributeVR",
    "SelectorAttributeVRValue",
]


class SelectorAttributeVR(StrEnum):
    """Enumerated Values of Selector Attribute VR (0072,0050) in Document Content Macro Attributes (C.17-5)."""

    DS = "DS"
    DT = "DT"
    FD = "FD"
    FL = "FL"
    IS = "IS"
    SL = "SL"
    SQ = "SQ"
    SS = "SS"
    SV = "SV"
    UC = "UC"
    UL = "UL"
    US = "US"
    UV = "UV"


if TYPE_CHECKING:
    SelectorAttributeVRValue: TypeAlias = (
        SelectorAttributeVR
        | Literal["DS", "DT", "FD", "FL", "IS", "SL", "SQ", "SS", "SV", "UC", "UL", "US", "UV"]
    )
else:
    SelectorAttributeVRValue = SelectorAttributeVR
"""A value of SelectorAttributeVR: the enum or the string of one of its members."""
