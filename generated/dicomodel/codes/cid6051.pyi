"""CID 6051 Breast Procedure Reason.

Extensible, version 20230630, UID 1.2.840.10008.6.1.380.
Includes CID 6061.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
AdditionalEvaluationRequestedFromPriorStudy: _Final[_Code]
FollowUpAtShortIntervalFromPriorStudy: _Final[_Code]
HistoryOfBreastAugmentationAsymptomatic: _Final[_Code]
ReviewOfAnOutsideStudy: _Final[_Code]
ClinicalFinding: _Final[_Code]
ReductionMammoplasty: _Final[_Code]
HistoryOfRadiationTherapy: _Final[_Code]
AugmentationMammoplasty: _Final[_Code]
AdditionalEvaluationRequestedFromAbnormalScreeningStudy: _Final[_Code]
Brachytherapy: _Final[_Code]
HistoryOfBenignBreastBiopsy: _Final[_Code]
PersonalHistoryOfBreastCancerWithBreastConservationTherapy: _Final[_Code]
PersonalHistoryOfBreastCancerWithMastectomy: _Final[_Code]
KnownBiopsyProvenMalignancy: _Final[_Code]
PersonalHistoryOfBreastCancer: _Final[_Code]
RecallForTechnicalReasons: _Final[_Code]
RecallForImagingFindings: _Final[_Code]
RecallForPatientSymptomsClinicalFindings: _Final[_Code]
Screening: _Final[_Code]
Diagnostic: _Final[_Code]
Targeted: _Final[_Code]
Survey: _Final[_Code]
Calibration: _Final[_Code]
QualityControl: _Final[_Code]
NeedleLocalizationAndBiopsy: _Final[_Code]
MarkerPlacement: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
