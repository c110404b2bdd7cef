"""Enumerated Values and Defined Terms of Reason for Channel Omission.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ReasonForChannelOmissionTerm",
]


class ReasonForChannelOmissionTerm(StrEnum):
    """Defined Terms of Reason for Channel Omission (0074,140A) in RT Brachy Application Setup Delivery Instruction Module Attributes (C.8.8.30-1)."""

    ALREADY_TREATED = "ALREADY_TREATED"
    """The channel has been already delivered."""
    OTHER = "OTHER"
    """This channel is not to be delivered for other reasons."""
