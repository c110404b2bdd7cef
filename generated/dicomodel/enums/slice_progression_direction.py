"""Enumerated Values and Defined Terms of Slice Progression Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SliceProgressionDirection",
    "SliceProgressionDirectionNMReconstruction",
    "SliceProgressionDirectionNMReconstructionValue",
    "SliceProgressionDirectionValue",
]


class SliceProgressionDirection(StrEnum):
    """Enumerated Values of Slice Progression Direction (0054,0500) in Mandatory View and Slice Progression Direction Macro Attributes (10-24)."""

    APEX_TO_BASE = "APEX_TO_BASE"
    BASE_TO_APEX = "BASE_TO_APEX"
    ANT_TO_INF = "ANT_TO_INF"
    """Anterior to Inferior"""
    INF_TO_ANT = "INF_TO_ANT"
    """Inferior to Anterior"""
    SEPTUM_TO_WALL = "SEPTUM_TO_WALL"
    """Septum to Lateral Wall"""
    WALL_TO_SEPTUM = "WALL_TO_SEPTUM"
    """Lateral Wall to Septum"""


if TYPE_CHECKING:
    SliceProgressionDirectionValue: TypeAlias = (
        SliceProgressionDirection
        | Literal[
            "APEX_TO_BASE",
            "BASE_TO_APEX",
            "ANT_TO_INF",
            "INF_TO_ANT",
            "SEPTUM_TO_WALL",
            "WALL_TO_SEPTUM",
        ]
    )
else:
    SliceProgressionDirectionValue = SliceProgressionDirection
"""A value of SliceProgressionDirection: the enum or the string of one of its members."""


class SliceProgressionDirectionNMReconstruction(StrEnum):
    """Enumerated Values of Slice Progression Direction (0054,0500) in NM Reconstruction Module Attributes (C.8-15)."""

    APEX_TO_BASE = "APEX_TO_BASE"
    BASE_TO_APEX = "BASE_TO_APEX"


if TYPE_CHECKING:
    SliceProgressionDirectionNMReconstructionValue: TypeAlias = (
        SliceProgressionDirectionNMReconstruction | Literal["APEX_TO_BASE", "BASE_TO_APEX"]
    )
else:
    SliceProgressionDirectionNMReconstructionValue = SliceProgressionDirectionNMReconstruction
"""A value of SliceProgressionDirectionNMReconstruction: the enum or the string of one of its members."""
