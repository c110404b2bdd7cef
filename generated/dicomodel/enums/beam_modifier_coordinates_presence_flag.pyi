"""Enumerated Values and Defined Terms of Beam Modifier Coordinates Presence Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    BeamModifierCoordinatesPresenceFlag as BeamModifierCoordinatesPresenceFlag,
)
from dicomodel.enums import (
    BeamModifierCoordinatesPresenceFlagValue as BeamModifierCoordinatesPresenceFlagValue,
)

__all__ = ["BeamModifierCoordinatesPresenceFlag", "BeamModifierCoordinatesPresenceFlagValue"]
