"""Enumerated Values and Defined Terms of Angio Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AngioFlag",
    "AngioFlagValue",
]


class AngioFlag(StrEnum):
    """Enumerated Values of Angio Flag (0018,0025) in MR Image Module Attributes (C.8-4)."""

    Y = "Y"
    """Image is Angio"""
    N = "N"
    """Image is not Angio"""


if TYPE_CHECKING:
    AngioFlagValue: TypeAlias = AngioFlag | Literal["Y", "N"]
else:
    AngioFlagValue = AngioFlag
"""A value of AngioFlag: the enum or the string of one of its members."""
