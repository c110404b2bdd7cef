"""Enumerated Values and Defined Terms of Show Patient Demographics Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ShowPatientDemographicsFlag",
    "ShowPatientDemographicsFlagValue",
]


class ShowPatientDemographicsFlag(StrEnum):
    """Enumerated Values of Show Patient Demographics Flag (0072,0714) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ShowPatientDemographicsFlagValue: TypeAlias = ShowPatientDemographicsFlag | Literal["YES", "NO"]
else:
    ShowPatientDemographicsFlagValue = ShowPatientDemographicsFlag
"""A value of ShowPatientDemographicsFlag: the enum or the string of one of its members."""
