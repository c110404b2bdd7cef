"""Enumerated Values and Defined Terms of Preliminary Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PreliminaryFlag",
    "PreliminaryFlagValue",
]


class PreliminaryFlag(StrEnum):
    """Enumerated Values of Preliminary Flag (0040,A496) in SR Document General Module Attributes (C.17-2)."""

    PRELIMINARY = "PRELIMINARY"
    """This report precedes the final report and may contain limited information; it may be time sensitive, and it is not expected to contain all the reportable findings."""
    FINAL = "FINAL"
    """This report is the definitive means of communicating the results of a procedure."""


if TYPE_CHECKING:
    PreliminaryFlagValue: TypeAlias = PreliminaryFlag | Literal["PRELIMINARY", "FINAL"]
else:
    PreliminaryFlagValue = PreliminaryFlag
"""A value of PreliminaryFlag: the enum or the string of one of its members."""
