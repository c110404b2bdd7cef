"""Enumerated Values and Defined Terms of Flow Compensation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "FlowCompensationTerm",
]


class FlowCompensationTerm(StrEnum):
    """Defined Terms of Flow Compensation (0018,9010) in MR Modifier Macro Attributes (C.8-92)."""

    ACCELERATION = "ACCELERATION"
    VELOCITY = "VELOCITY"
    OTHER = "OTHER"
    NONE = "NONE"
