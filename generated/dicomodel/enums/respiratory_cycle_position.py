"""Enumerated Values and Defined Terms of Respiratory Cycle Position.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RespiratoryCyclePositionTerm(StrEnum):
    """Defined Terms of Respiratory Cycle Position (0018,9214) in Frame Content Macro Attributes (C.7.6.16-3)."""

    START__RESPIR = "START _RESPIR"
    END_RESPIR = "END_RESPIR"
    UNDETERMINED = "UNDETERMINED"
