"""Enumerated Values and Defined Terms of Exposure Control Sensing Region Shape.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ExposureControlSensingRegionShape as ExposureControlSensingRegionShape
from dicomodel.enums import (
    ExposureControlSensingRegionShapeValue as ExposureControlSensingRegionShapeValue,
)

__all__ = ["ExposureControlSensingRegionShape", "ExposureControlSensingRegionShapeValue"]
