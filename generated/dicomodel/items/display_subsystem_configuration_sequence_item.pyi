"""Item class DisplaySubsystemConfigurationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    DisplaySubsystemConfigurationSequenceItem as DisplaySubsystemConfigurationSequenceItem,
)

__all__ = ["DisplaySubsystemConfigurationSequenceItem"]
