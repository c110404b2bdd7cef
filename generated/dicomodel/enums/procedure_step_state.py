"""Enumerated Values and Defined Terms of Procedure Step State.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ProcedureStepState",
    "ProcedureStepStateValue",
]


class ProcedureStepState(StrEnum):
    """Enumerated Values of Procedure Step State (0074,1000) in Unified Procedure Step Progress Information Module Attributes (C.30.1-1)."""

    SCHEDULED = "SCHEDULED"
    IN_PROGRESS = "IN PROGRESS"
    CANCELED = "CANCELED"
    COMPLETED = "COMPLETED"


if TYPE_CHECKING:
    ProcedureStepStateValue: TypeAlias = (
        ProcedureStepState | Literal["SCHEDULED", "IN PROGRESS", "CANCELED", "COMPLETED"]
    )
else:
    ProcedureStepStateValue = ProcedureStepState
"""A value of ProcedureStepState: the enum or the string of one of its members."""
