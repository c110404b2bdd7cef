"""Enumerated Values and Defined Terms of Input Readiness State.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "InputReadinessState",
    "InputReadinessStateValue",
]


class InputReadinessState(StrEnum):
    """Enumerated Values of Input Readiness State (0040,4041) in Unified Procedure Step Scheduled Procedure Information Module Attributes (C.30.2-1)."""

    INCOMPLETE = "INCOMPLETE"
    """The Input Information Sequence is not yet complete and additional Instance references might be added."""
    UNAVAILABLE = "UNAVAILABLE"
    """The Input Information Sequence is complete but one or more of the referenced Instances might not yet be available from the referenced source(s)."""
    READY = "READY"
    """The Input Information Sequence is complete and the referenced Instances are available from the referenced sources."""


if TYPE_CHECKING:
    InputReadinessStateValue: TypeAlias = (
        InputReadinessState | Literal["INCOMPLETE", "UNAVAILABLE", "READY"]
    )
else:
    InputReadinessStateValue = InputReadinessState
"""A value of InputReadinessState: the enum or the string of one of its members."""
