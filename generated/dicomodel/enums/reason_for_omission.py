"""Enumerated Values and Defined Terms of Reason for Omission.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ReasonForOmissionTerm",
]


class ReasonForOmissionTerm(StrEnum):
    """Defined Terms of Reason for Omission (300C,0112) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    ALREADY_TREATED = "ALREADY_TREATED"
    """The beam has been already treated in an earlier treatment session"""
