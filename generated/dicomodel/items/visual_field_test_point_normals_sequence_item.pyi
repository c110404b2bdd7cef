"""Item class VisualFieldTestPointNormalsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    GeneralizedDefectCorrectedSensitivityDeviationFlag as GeneralizedDefectCorrectedSensitivityDeviationFlag,
)
from dicomodel.items import (
    VisualFieldTestPointNormalsSequenceItem as VisualFieldTestPointNormalsSequenceItem,
)

__all__ = [
    "GeneralizedDefectCorrectedSensitivityDeviationFlag",
    "VisualFieldTestPointNormalsSequenceItem",
]
