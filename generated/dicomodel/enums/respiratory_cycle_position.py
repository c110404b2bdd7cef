"""Enumerated Values and Defined Terms of Respiratory Cycle Position.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "RespiratoryCyclePositionTerm",
]


class RespiratoryCyclePositionTerm(StrEnum):
    """Defined Terms of Respiratory Cycle Position (0018,9214) in Frame Content Macro Attributes (C.7.6.16-3)."""

    START__RESPIR = "START _RESPIR"
    END_RESPIR = "END_RESPIR"
    UNDETERMINED = "UNDETERMINED"
