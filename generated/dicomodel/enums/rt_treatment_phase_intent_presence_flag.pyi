"""Enumerated Values and Defined Terms of RT Treatment Phase Intent Presence Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTTreatmentPhaseIntentPresenceFlag as RTTreatmentPhaseIntentPresenceFlag
from dicomodel.enums import (
    RTTreatmentPhaseIntentPresenceFlagValue as RTTreatmentPhaseIntentPresenceFlagValue,
)

__all__ = ["RTTreatmentPhaseIntentPresenceFlag", "RTTreatmentPhaseIntentPresenceFlagValue"]
