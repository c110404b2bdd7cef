"""Enumerated Values and Defined Terms of Execution Status.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "ExecutionStatus",
    "ExecutionStatusMediaCreationManagement",
    "ExecutionStatusMediaCreationManagementValue",
    "ExecutionStatusValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import ExecutionStatus as ExecutionStatus
    from dicomodel.enums import (
        ExecutionStatusMediaCreationManagement as ExecutionStatusMediaCreationManagement,
    )
    from dicomodel.enums import (
        ExecutionStatusMediaCreationManagementValue as ExecutionStatusMediaCreationManagementValue,
    )
    from dicomodel.enums import ExecutionStatusValue as ExecutionStatusValue


@cache
def _ExecutionStatus() -> type[StrEnum]:
    class ExecutionStatus(StrEnum):
        """Enumerated Values of Execution Status (2100,0020) in Print Job Module Attributes (C.13-8)."""

        PENDING = "PENDING"
        PRINTING = "PRINTING"
        DONE = "DONE"
        FAILURE = "FAILURE"

    ExecutionStatus.__qualname__ = "ExecutionStatus"
    return ExecutionStatus


@cache
def _ExecutionStatusMediaCreationManagement() -> type[StrEnum]:
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

    ExecutionStatusMediaCreationManagement.__qualname__ = "ExecutionStatusMediaCreationManagement"
    return ExecutionStatusMediaCreationManagement


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "ExecutionStatus": _ExecutionStatus,
    "ExecutionStatusValue": _ExecutionStatus,
    "ExecutionStatusMediaCreationManagement": _ExecutionStatusMediaCreationManagement,
    "ExecutionStatusMediaCreationManagementValue": _ExecutionStatusMediaCreationManagement,
}


def __getattr__(name: str) -> Any:
    """An enum of this file, made on first use (issue 16)."""
    make = _MAKERS.get(name)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = make()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
