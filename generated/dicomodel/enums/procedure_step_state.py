"""Enumerated Values and Defined Terms of Procedure Step State.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ProcedureStepState(StrEnum):
    """Enumerated Values of Procedure Step State (0074,1000) in Unified Procedure Step Progress Information Module Attributes (C.30.1-1)."""

    SCHEDULED = "SCHEDULED"
    IN_PROGRESS = "IN PROGRESS"
    CANCELED = "CANCELED"
    COMPLETED = "COMPLETED"
