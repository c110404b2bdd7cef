"""Item class MeasurementEquipmentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MeasurementEquipmentType as MeasurementEquipmentType
from dicomodel.items import MeasurementEquipmentSequenceItem as MeasurementEquipmentSequenceItem

__all__ = ["MeasurementEquipmentSequenceItem", "MeasurementEquipmentType"]
