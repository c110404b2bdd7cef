"""Enumerated Values and Defined Terms of SOP Instance Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SOPInstanceStatus",
    "SOPInstanceStatusValue",
]


class SOPInstanceStatus(StrEnum):
    """Enumerated Values of SOP Instance Status (0100,0410) in SOP Common Module Attributes (C.12-1)."""

    NS = "NS"
    """Not Specified; implies that this SOP Instance has no special storage status, and hence no special actions need be taken"""
    OR = "OR"
    """Original; implies that this is the primary SOP Instance for the purpose of storage, but that it has not yet been authorized for diagnostic use"""
    AO = "AO"
    """Authorized Original; implies that this is the primary SOP Instance for the purpose of storage, which has been authorized for diagnostic use"""
    AC = "AC"
    """Authorized Copy; implies that this is a copy of an Authorized Original SOP Instance; any copies of an Authorized Original should be given the status of Authorized Copy"""


if TYPE_CHECKING:
    SOPInstanceStatusValue: TypeAlias = SOPInstanceStatus | Literal["NS", "OR", "AO", "AC"]
else:
    SOPInstanceStatusValue = SOPInstanceStatus
"""A value of SOPInstanceStatus: the enum or the string of one of its members."""
