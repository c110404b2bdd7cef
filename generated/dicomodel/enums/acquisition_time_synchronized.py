"""Enumerated Values and Defined Terms of Acquisition Time Synchronized.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AcquisitionTimeSynchronized",
    "AcquisitionTimeSynchronizedValue",
]


class AcquisitionTimeSynchronized(StrEnum):
    """Enumerated Values of Acquisition Time Synchronized (0018,1800) in Synchronization Module Attributes (C.7-7)."""

    Y = "Y"
    N = "N"


if TYPE_CHECKING:
    AcquisitionTimeSynchronizedValue: TypeAlias = AcquisitionTimeSynchronized | Literal["Y", "N"]
else:
    AcquisitionTimeSynchronizedValue = AcquisitionTimeSynchronized
"""A value of AcquisitionTimeSynchronized: the enum or the string of one of its members."""
