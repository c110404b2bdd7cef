"""CID 6051 Breast Procedure Reason.

Extensible, version 20230630, UID 1.2.840.10008.6.1.380.
Includes CID 6061.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AdditionalEvaluationRequestedFromPriorStudy: _Final[_groups.Cid6051Code]
FollowUpAtShortIntervalFromPriorStudy: _Final[_groups.Cid6051Code]
HistoryOfBreastAugmentationAsymptomatic: _Final[_groups.Cid6051Code]
ReviewOfAnOutsideStudy: _Final[_groups.Cid6051Code]
ClinicalFinding: _Final[_groups.Cid6051Code]
ReductionMammoplasty: _Final[_groups.Cid6051Code]
HistoryOfRadiationTherapy: _Final[_groups.Cid6051Code]
AugmentationMammoplasty: _Final[_groups.Cid6051Code]
AdditionalEvaluationRequestedFromAbnormalScreeningStudy: _Final[_groups.Cid6051Code]
Brachytherapy: _Final[_groups.Cid6051Code]
HistoryOfBenignBreastBiopsy: _Final[_groups.Cid6051Code]
PersonalHistoryOfBreastCancerWithBreastConservationTherapy: _Final[_groups.Cid6051Code]
PersonalHistoryOfBreastCancerWithMastectomy: _Final[_groups.Cid6051Code]
KnownBiopsyProvenMalignancy: _Final[_groups.Cid6051Code]
PersonalHistoryOfBreastCancer: _Final[_groups.Cid6051Code]
RecallForTechnicalReasons: _Final[_groups.Cid6051Code]
RecallForImagingFindings: _Final[_groups.Cid6051Code]
RecallForPatientSymptomsClinicalFindings: _Final[_groups.Cid6051Code]
Screening: _Final[_groups.Cid6051Code]
Diagnostic: _Final[_groups.Cid6051Code]
Targeted: _Final[_groups.Cid6051Code]
Survey: _Final[_groups.Cid6051Code]
Calibration: _Final[_groups.Cid6051Code]
QualityControl: _Final[_groups.Cid6051Code]
NeedleLocalizationAndBiopsy: _Final[_groups.Cid6051Code]
MarkerPlacement: _Final[_groups.Cid6051Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6051Code]]
