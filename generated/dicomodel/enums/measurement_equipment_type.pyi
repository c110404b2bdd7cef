"""Enumerated Values and Defined Terms of Measurement Equipment Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MeasurementEquipmentType as MeasurementEquipmentType
from dicomodel.enums import MeasurementEquipmentTypeValue as MeasurementEquipmentTypeValue

__all__ = ["MeasurementEquipmentType", "MeasurementEquipmentTypeValue"]
