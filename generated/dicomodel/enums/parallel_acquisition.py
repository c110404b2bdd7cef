"""Enumerated Values and Defined Terms of Parallel Acquisition.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ParallelAcquisition",
    "ParallelAcquisitionValue",
]


class ParallelAcquisition(StrEnum):
    """Enumerated Values of Parallel Acquisition (0018,9077) in MR Modifier Macro Attributes (C.8-92)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ParallelAcquisitionValue: TypeAlias = ParallelAcquisition | Literal["YES", "NO"]
else:
    ParallelAcquisitionValue = ParallelAcquisition
"""A value of ParallelAcquisition: the enum or the string of one of its members."""
