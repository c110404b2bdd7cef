"""Enumerated Values and Defined Terms of Execution Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ExecutionStatus as ExecutionStatus
from dicomodel.enums import (
    ExecutionStatusMediaCreationManagement as ExecutionStatusMediaCreationManagement,
)
from dicomodel.enums import (
    ExecutionStatusMediaCreationManagementValue as ExecutionStatusMediaCreationManagementValue,
)
from dicomodel.enums import ExecutionStatusValue as ExecutionStatusValue

__all__ = [
    "ExecutionStatus",
    "ExecutionStatusMediaCreationManagement",
    "ExecutionStatusMediaCreationManagementValue",
    "ExecutionStatusValue",
]
