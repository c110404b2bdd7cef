"""Item class DoseCalibrationConditionsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    DoseCalibrationConditionsSequenceItem as DoseCalibrationConditionsSequenceItem,
)

__all__ = ["DoseCalibrationConditionsSequenceItem"]
