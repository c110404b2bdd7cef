"""Item class MeasurementValuesSequenceItemMicroscopyBulkSimpleAnnotations.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    MeasurementValuesSequenceItemMicroscopyBulkSimpleAnnotations as MeasurementValuesSequenceItemMicroscopyBulkSimpleAnnotations,
)

__all__ = ["MeasurementValuesSequenceItemMicroscopyBulkSimpleAnnotations"]
