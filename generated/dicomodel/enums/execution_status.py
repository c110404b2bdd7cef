"""Enumerated Values and Defined Terms of Execution Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ExecutionStatus",
    "ExecutionStatusMediaCreationManagement",
    "ExecutionStatusMediaCreationManagementValue",
    "ExecutionStatusValue",
]


class ExecutionStatus(StrEnum):
    """Enumerated Values of Execution Status (2100,0020) in Print Job Module Attributes (C.13-8)."""

    PENDING = "PENDING"
    PRINTING = "PRINTING"
    DONE = "DONE"
    FAILURE = "FAILURE"


if TYPE_CHECKING:
    ExecutionStatusValue: TypeAlias = (
        ExecutionStatus | Literal["PENDING", "PRINTING", "DONE", "FAILURE"]
    )
else:
    ExecutionStatusValue = ExecutionStatus
"""A value of ExecutionStatus: the enum or the string of one of its members."""


class ExecutionStatusMediaCreationManagement(StrEnum):
    """Enumerated Values of Execution Status (2100,0020) in Media Creation Management Module Attributes (C.22.1-1)."""

    IDLE = "IDLE"
    """The SCP has created the media creation management Instance, but it has not been yet scheduled."""
    PENDING = "PENDING"
    """This media creation management Instance is still scheduled for processing"""
    CREATING = "CREATING"
    """This media creation management Instance is being processed"""
    DONE = "DONE"
    """This media creation management Instance has been successfully processed"""
    FAILURE = "FAILURE"
    """This media creation management Instance failed to be processed"""


if TYPE_CHECKING:
    ExecutionStatusMediaCreationManagementValue: TypeAlias = (
        ExecutionStatusMediaCreationManagement
        | Literal["IDLE", "PENDING", "CREATING", "DONE", "FAILURE"]
    )
else:
    ExecutionStatusMediaCreationManagementValue = ExecutionStatusMediaCreationManagement
"""A value of ExecutionStatusMediaCreationManagement: the enum or the string of one of its members."""
