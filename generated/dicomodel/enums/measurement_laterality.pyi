"""Enumerated Values and Defined Terms of Measurement Laterality.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MeasurementLaterality as MeasurementLaterality
from dicomodel.enums import MeasurementLateralityValue as MeasurementLateralityValue

__all__ = ["MeasurementLaterality", "MeasurementLateralityValue"]
