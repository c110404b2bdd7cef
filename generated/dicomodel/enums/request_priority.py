"""Enumerated Values and Defined Terms of Request Priority.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RequestPriority",
    "RequestPriorityValue",
]


class RequestPriority(StrEnum):
    """Enumerated Values of Request Priority (2200,0020) in Media Creation Management Module Attributes (C.22.1-1)."""

    HIGH = "HIGH"
    MED = "MED"
    LOW = "LOW"


if TYPE_CHECKING:
    RequestPriorityValue: TypeAlias = RequestPriority | Literal["HIGH", "MED", "LOW"]
else:
    RequestPriorityValue = RequestPriority
"""A value of RequestPriority: the enum or the string of one of its members."""
