"""Item class VisualAcuityMeasurementsItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import VisualAcuityMeasurementsItem as VisualAcuityMeasurementsItem

__all__ = ["VisualAcuityMeasurementsItem"]
