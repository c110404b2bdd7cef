"""Item class CalibrationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CalibrationImage as CalibrationImage
from dicomodel.items import CalibrationSequenceItem as CalibrationSequenceItem

__all__ = ["CalibrationImage", "CalibrationSequenceItem"]
