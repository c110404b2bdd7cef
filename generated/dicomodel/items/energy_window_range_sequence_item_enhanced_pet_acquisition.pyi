"""Item class EnergyWindowRangeSequenceItemEnhancedPETAcquisition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    EnergyWindowRangeSequenceItemEnhancedPETAcquisition as EnergyWindowRangeSequenceItemEnhancedPETAcquisition,
)

__all__ = ["EnergyWindowRangeSequenceItemEnhancedPETAcquisition"]
