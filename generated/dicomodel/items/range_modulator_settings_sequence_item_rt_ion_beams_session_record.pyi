"""Item class RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord as RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord,
)

__all__ = ["RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord"]
