"""Item class ProjectionPixelCalibrationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ProjectionPixelCalibrationSequenceItem as ProjectionPixelCalibrationSequenceItem,
)

__all__ = ["ProjectionPixelCalibrationSequenceItem"]
