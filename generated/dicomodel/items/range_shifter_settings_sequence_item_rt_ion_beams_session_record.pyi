"""Item class RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord as RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord,
)

__all__ = ["RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord"]
