"""Enumerated Values and Defined Terms of Fixation Device Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FixationDeviceType",
    "FixationDeviceTypeTerm",
    "FixationDeviceTypeValue",
]


class FixationDeviceTypeTerm(StrEnum):
    """Defined Terms of Fixation Device Type (300A,0192) in RT Patient Setup Module Attributes (C.8-48)."""

    BITEBLOCK = "BITEBLOCK"
    HEADFRAME = "HEADFRAME"
    MASK = "MASK"
    MOLD = "MOLD"
    CAST = "CAST"
    HEADREST = "HEADREST"
    BREAST_BOARD = "BREAST_BOARD"
    BODY_FRAME = "BODY_FRAME"
    VACUUM_MOLD = "VACUUM_MOLD"
    WHOLE_BODY_POD = "WHOLE_BODY_POD"
    RECTAL_BALLOON = "RECTAL_BALLOON"


class FixationDeviceType(StrEnum):
    """Enumerated Values of Fixation Device Type (300A,0192) in RT General Machine Verification Module Attributes (C.31-1)."""

    BITEBLOCK = "BITEBLOCK"
    HEADFRAME = "HEADFRAME"
    MASK = "MASK"
    MOLD = "MOLD"
    CAST = "CAST"
    HEADREST = "HEADREST"
    BREAST_BOARD = "BREAST_BOARD"
    BODY_FRAME = "BODY_FRAME"
    VACUUM_MOLD = "VACUUM_MOLD"
    WHOLE_BODY_POD = "WHOLE_BODY_POD"
    RECTAL_BALLOON = "RECTAL_BALLOON"


if TYPE_CHECKING:
    FixationDeviceTypeValue: TypeAlias = (
        FixationDeviceType
        | Literal[
            "BITEBLOCK",
            "HEADFRAME",
            "MASK",
            "MOLD",
            "CAST",
            "HEADREST",
            "BREAST_BOARD",
            "BODY_FRAME",
            "VACUUM_MOLD",
            "WHOLE_BODY_POD",
            "RECTAL_BALLOON",
        ]
    )
else:
    FixationDeviceTypeValue = FixationDeviceType
"""A value of FixationDeviceType: the enum or the string of one of its members."""
