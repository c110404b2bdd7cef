"""Enumerated Values and Defined Terms of Beam Task Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BeamTaskType",
    "BeamTaskTypeValue",
]


class BeamTaskType(StrEnum):
    """Enumerated Values of Beam Task Type (0074,1022) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    VERIFY = "VERIFY"
    """Verification of the patient position"""
    TREAT = "TREAT"
    """Beam treatment only"""
    VERIFY_AND_TREAT = "VERIFY_AND_TREAT"
    """Patient position verification and treatment"""


if TYPE_CHECKING:
    BeamTaskTypeValue: TypeAlias = BeamTaskType | Literal["VERIFY", "TREAT", "VERIFY_AND_TREAT"]
else:
    BeamTaskTypeValue = BeamTaskType
"""A value of BeamTaskType: the enum or the string of one of its members."""
