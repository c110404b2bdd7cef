"""Enumerated Values and Defined Terms of Transaction Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TransactionStatus",
    "TransactionStatusValue",
]


class TransactionStatus(StrEnum):
    """Enumerated Values of Transaction Status (0008,0417) in Inventory Creation Module Attributes (C.38.3-1)."""

    PROCESSING = "PROCESSING"
    """Processing continuing"""
    COMPLETE = "COMPLETE"
    """Processing complete with completed inventory"""
    FAILURE = "FAILURE"
    """Processing failure"""
    CANCELED = "CANCELED"
    """Processing canceled"""
    PAUSED = "PAUSED"
    """Processing paused"""


if TYPE_CHECKING:
    TransactionStatusValue: TypeAlias = (
        TransactionStatus | Literal["PROCESSING", "COMPLETE", "FAILURE", "CANCELED", "PAUSED"]
    )
else:
    TransactionStatusValue = TransactionStatus
"""A value of TransactionStatus: the enum or the string of one of its members."""
