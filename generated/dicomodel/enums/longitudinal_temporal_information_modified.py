"""Enumerated Values and Defined Terms of Longitudinal Temporal Information Modified.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "LongitudinalTemporalInformationModified",
    "LongitudinalTemporalInformationModifiedValue",
]


class LongitudinalTemporalInformationModified(StrEnum):
    """Enumerated Values of Longitudinal Temporal Information Modified (0028,0303) in SOP Common Module Attributes (C.12-1)."""

    UNMODIFIED = "UNMODIFIED"
    MODIFIED = "MODIFIED"
    REMOVED = "REMOVED"


if TYPE_CHECKING:
    LongitudinalTemporalInformationModifiedValue: TypeAlias = (
        LongitudinalTemporalInformationModified | Literal["UNMODIFIED", "MODIFIED", "REMOVED"]
    )
else:
    LongitudinalTemporalInformationModifiedValue = LongitudinalTemporalInformationModified
"""A value of LongitudinalTemporalInformationModified: the enum or the string of one of its members."""
