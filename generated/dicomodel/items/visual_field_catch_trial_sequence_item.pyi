"""Item class VisualFieldCatchTrialSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CatchTrialsDataFlag as CatchTrialsDataFlag
from dicomodel.enums import ExcessiveFalseNegatives as ExcessiveFalseNegatives
from dicomodel.enums import ExcessiveFalseNegativesDataFlag as ExcessiveFalseNegativesDataFlag
from dicomodel.enums import ExcessiveFalsePositives as ExcessiveFalsePositives
from dicomodel.enums import ExcessiveFalsePositivesDataFlag as ExcessiveFalsePositivesDataFlag
from dicomodel.enums import FalseNegativesEstimateFlag as FalseNegativesEstimateFlag
from dicomodel.enums import FalsePositivesEstimateFlag as FalsePositivesEstimateFlag
from dicomodel.items import VisualFieldCatchTrialSequenceItem as VisualFieldCatchTrialSequenceItem

__all__ = [
    "CatchTrialsDataFlag",
    "ExcessiveFalseNegatives",
    "ExcessiveFalseNegativesDataFlag",
    "ExcessiveFalsePositives",
    "ExcessiveFalsePositivesDataFlag",
    "FalseNegativesEstimateFlag",
    "FalsePositivesEstimateFlag",
    "VisualFieldCatchTrialSequenceItem",
]
