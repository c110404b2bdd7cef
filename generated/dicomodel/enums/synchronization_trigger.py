"""Enumerated Values and Defined Terms of Synchronization Trigger.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SynchronizationTrigger",
    "SynchronizationTriggerValue",
]


class SynchronizationTrigger(StrEnum):
    """Enumerated Values of Synchronization Trigger (0018,106A) in Synchronization Module Attributes (C.7-7)."""

    SOURCE = "SOURCE"
    """this equipment provides synchronization channel or trigger to other equipment"""
    EXTERNAL = "EXTERNAL"
    """this equipment receives synchronization channel or trigger from other equipment"""
    PASSTHRU = "PASSTHRU"
    """this equipment receives synchronization channel or trigger and forwards it"""
    NO_TRIGGER = "NO TRIGGER"
    """data acquisition not synchronized by common channel or trigger"""


if TYPE_CHECKING:
    SynchronizationTriggerValue: TypeAlias = (
        SynchronizationTrigger | Literal["SOURCE", "EXTERNAL", "PASSTHRU", "NO TRIGGER"]
    )
else:
    SynchronizationTriggerValue = SynchronizationTrigger
"""A value of SynchronizationTrigger: the enum or the string of one of its members."""
