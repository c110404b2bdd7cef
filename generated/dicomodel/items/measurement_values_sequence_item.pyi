"""Item class MeasurementValuesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import MeasurementValuesSequenceItem as MeasurementValuesSequenceItem

__all__ = ["MeasurementValuesSequenceItem"]
