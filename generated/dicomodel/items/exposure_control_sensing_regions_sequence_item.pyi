"""Item class ExposureControlSensingRegionsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ExposureControlSensingRegionShape as ExposureControlSensingRegionShape
from dicomodel.items import (
    ExposureControlSensingRegionsSequenceItem as ExposureControlSensingRegionsSequenceItem,
)

__all__ = ["ExposureControlSensingRegionShape", "ExposureControlSensingRegionsSequenceItem"]
