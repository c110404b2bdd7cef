"""Enumerated Values and Defined Terms of Show Acquisition Techniques Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ShowAcquisitionTechniquesFlag",
    "ShowAcquisitionTechniquesFlagValue",
]


class ShowAcquisitionTechniquesFlag(StrEnum):
    """Enumerated Values of Show Acquisition Techniques Flag (0072,0716) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ShowAcquisitionTechniquesFlagValue: TypeAlias = (
        ShowAcquisitionTechniquesFlag | Literal["YES", "NO"]
    )
else:
    ShowAcquisitionTechniquesFlagValue = ShowAcquisitionTechniquesFlag
"""A value of ShowAcquisitionTechniquesFlag: the enum or the string of one of its members."""
