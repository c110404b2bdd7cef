"""Item class VisualFieldCatchTrialSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CatchTrialsDataFlag as CatchTrialsDataFlag
from dicomodel.enums import CatchTrialsDataFlagValue as _CatchTrialsDataFlagValue
from dicomodel.enums import ExcessiveFalseNegatives as ExcessiveFalseNegatives
from dicomodel.enums import ExcessiveFalseNegativesDataFlag as ExcessiveFalseNegativesDataFlag
from dicomodel.enums import (
    ExcessiveFalseNegativesDataFlagValue as _ExcessiveFalseNegativesDataFlagValue,
)
from dicomodel.enums import ExcessiveFalseNegativesValue as _ExcessiveFalseNegativesValue
from dicomodel.enums import ExcessiveFalsePositives as ExcessiveFalsePositives
from dicomodel.enums import ExcessiveFalsePositivesDataFlag as ExcessiveFalsePositivesDataFlag
from dicomodel.enums import (
    ExcessiveFalsePositivesDataFlagValue as _ExcessiveFalsePositivesDataFlagValue,
)
from dicomodel.enums import ExcessiveFalsePositivesValue as _ExcessiveFalsePositivesValue
from dicomodel.enums import FalseNegativesEstimateFlag as FalseNegativesEstimateFlag
from dicomodel.enums import FalseNegativesEstimateFlagValue as _FalseNegativesEstimateFlagValue
from dicomodel.enums import FalsePositivesEstimateFlag as FalsePositivesEstimateFlag
from dicomodel.enums import FalsePositivesEstimateFlagValue as _FalsePositivesEstimateFlagValue
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
