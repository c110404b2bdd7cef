"""Item class ExpectedInVivoMeasurementValuesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ExpectedInVivoMeasurementValuesSequenceItem as ExpectedInVivoMeasurementValuesSequenceItem,
)
from dicomodel.items import MetersetToDoseMappingSequenceItem as MetersetToDoseMappingSequenceItem

__all__ = ["ExpectedInVivoMeasurementValuesSequenceItem", "MetersetToDoseMappingSequenceItem"]
