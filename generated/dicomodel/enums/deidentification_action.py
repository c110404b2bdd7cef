"""Enumerated Values and Defined Terms of Deidentification Action.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DeidentificationAction",
    "DeidentificationActionValue",
]


class DeidentificationAction(StrEnum):
    """Enumerated Values of Deidentification Action (0008,0307) in SOP Common Module Attributes (C.12-1)."""

    D = "D"
    """replace with a non-zero length value that may be a dummy value and consistent with the VR"""
    Z = "Z"
    """replace with a zero length value, or a non-zero length value that may be a dummy value and consistent with the VR"""
    X = "X"
    """remove"""
    U = "U"
    """replace with a non-zero length UID that is internally consistent within a set of Instance"""


if TYPE_CHECKING:
    DeidentificationActionValue: TypeAlias = DeidentificationAction | Literal["D", "Z", "X", "U"]
else:
    DeidentificationActionValue = DeidentificationAction
"""A value of DeidentificationAction: the enum or the string of one of its members."""
