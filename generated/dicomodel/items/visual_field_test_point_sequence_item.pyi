"""Item class VisualFieldTestPointSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    GeneralizedDefectCorrectedSensitivityDeviationFlag as GeneralizedDefectCorrectedSensitivityDeviationFlag,
)
from dicomodel.enums import RetestStimulusSeen as RetestStimulusSeen
from dicomodel.enums import StimulusResults as StimulusResults
from dicomodel.items import (
    VisualFieldTestPointNormalsSequenceItem as VisualFieldTestPointNormalsSequenceItem,
)
from dicomodel.items import VisualFieldTestPointSequenceItem as VisualFieldTestPointSequenceItem

__all__ = [
    "GeneralizedDefectCorrectedSensitivityDeviationFlag",
    "RetestStimulusSeen",
    "StimulusResults",
    "VisualFieldTestPointNormalsSequenceItem",
    "VisualFieldTestPointSequenceItem",
]
