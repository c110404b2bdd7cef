"""Enumerated Values and Defined Terms of RT Treatment Phase Intent Presence Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RTTreatmentPhaseIntentPresenceFlag",
    "RTTreatmentPhaseIntentPresenceFlagValue",
]


class RTTreatmentPhaseIntentPresenceFlag(StrEnum):
    """Enumerated Values of RT Treatment Phase Intent Presence Flag (3010,0045) in RT Physician Intent Module Attributes (C.36.5-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    RTTreatmentPhaseIntentPresenceFlagValue: TypeAlias = (
        RTTreatmentPhaseIntentPresenceFlag | Literal["YES", "NO"]
    )
else:
    RTTreatmentPhaseIntentPresenceFlagValue = RTTreatmentPhaseIntentPresenceFlag
"""A value of RTTreatmentPhaseIntentPresenceFlag: the enum or the string of one of its members."""
