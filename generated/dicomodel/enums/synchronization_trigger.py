"""Enumerated Values and Defined Terms of Synchronization Trigger.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


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
