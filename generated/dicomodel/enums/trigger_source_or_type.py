"""Enumerated Values and Defined Terms of Trigger Source or Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "TriggerSourceOrTypeTerm",
]


class TriggerSourceOrTypeTerm(StrEnum):
    """Defined Terms of Trigger Source or Type (0018,1061) in NM Image Module Attributes (C.8-9)."""

    EKG = "EKG"
