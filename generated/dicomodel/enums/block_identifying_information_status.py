"""Enumerated Values and Defined Terms of Block Identifying Information Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BlockIdentifyingInformationStatus",
    "BlockIdentifyingInformationStatusValue",
]


class BlockIdentifyingInformationStatus(StrEnum):
    """Enumerated Values of Block Identifying Information Status (0008,0303) in SOP Common Module Attributes (C.12-1)."""

    SAFE = "SAFE"
    """no Data Elements within the block contain identifying information"""
    UNSAFE = "UNSAFE"
    """all Data Elements within the block may contain identifying information"""
    MIXED = "MIXED"
    """some Data Elements within the block may contain identifying information"""


if TYPE_CHECKING:
    BlockIdentifyingInformationStatusValue: TypeAlias = (
        BlockIdentifyingInformationStatus | Literal["SAFE", "UNSAFE", "MIXED"]
    )
else:
    BlockIdentifyingInformationStatusValue = BlockIdentifyingInformationStatus
"""A value of BlockIdentifyingInformationStatus: the enum or the string of one of its members."""
