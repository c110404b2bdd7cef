"""Enumerated Values and Defined Terms of Fluoroscopy Persistence Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FluoroscopyPersistenceFlag",
    "FluoroscopyPersistenceFlagValue",
]


class FluoroscopyPersistenceFlag(StrEnum):
    """Enumerated Values of Fluoroscopy Persistence Flag (0018,11B3) in Performed XA Acquisition Module Attributes (C.34.17-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    FluoroscopyPersistenceFlagValue: TypeAlias = FluoroscopyPersistenceFlag | Literal["YES", "NO"]
else:
    FluoroscopyPersistenceFlagValue = FluoroscopyPersistenceFlag
"""A value of FluoroscopyPersistenceFlag: the enum or the string of one of its members."""
