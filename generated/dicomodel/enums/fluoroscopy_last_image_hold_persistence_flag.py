"""Enumerated Values and Defined Terms of Fluoroscopy Last Image Hold Persistence Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FluoroscopyLastImageHoldPersistenceFlag",
    "FluoroscopyLastImageHoldPersistenceFlagValue",
]


class FluoroscopyLastImageHoldPersistenceFlag(StrEnum):
    """Enumerated Values of Fluoroscopy Last Image Hold Persistence Flag (0018,11B4) in Performed XA Acquisition Module Attributes (C.34.17-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    FluoroscopyLastImageHoldPersistenceFlagValue: TypeAlias = (
        FluoroscopyLastImageHoldPersistenceFlag | Literal["YES", "NO"]
    )
else:
    FluoroscopyLastImageHoldPersistenceFlagValue = FluoroscopyLastImageHoldPersistenceFlag
"""A value of FluoroscopyLastImageHoldPersistenceFlag: the enum or the string of one of its members."""
