"""Enumerated Values and Defined Terms of Approval Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ApprovalStatus",
    "ApprovalStatusValue",
]


class ApprovalStatus(StrEnum):
    """Enumerated Values of Approval Status (300E,0002) in Approval Module Attributes (C.8-52)."""

    APPROVED = "APPROVED"
    """Reviewer recorded that object met an implied criterion"""
    UNAPPROVED = "UNAPPROVED"
    """No review of object has been recorded"""
    REJECTED = "REJECTED"
    """Reviewer recorded that object failed to meet an implied criterion"""


if TYPE_CHECKING:
    ApprovalStatusValue: TypeAlias = ApprovalStatus | Literal["APPROVED", "UNAPPROVED", "REJECTED"]
else:
    ApprovalStatusValue = ApprovalStatus
"""A value of ApprovalStatus: the enum or the string of one of its members."""
