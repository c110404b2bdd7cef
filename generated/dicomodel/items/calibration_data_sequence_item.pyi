"""Item class CalibrationDataSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import CalibrationDataSequenceItem as CalibrationDataSequenceItem

__all__ = ["CalibrationDataSequenceItem"]
