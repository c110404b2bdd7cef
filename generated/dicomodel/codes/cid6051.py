"""CID 6051 Breast Procedure Reason.

Extensible, version 20230630, UID 1.2.840.10008.6.1.380.
Includes CID 6061.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6051
NAME: _Final[str] = "Breast Procedure Reason"
KEYWORD: _Final[str | None] = "BreastProcedureReason"
UID: _Final[str | None] = "1.2.840.10008.6.1.380"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = (6061,)
EXTERNAL_SCHEME: _Final[str | None] = None

AdditionalEvaluationRequestedFromPriorStudy: _Final[_Code] = _Code(
    "DCM", "111415", "Additional evaluation requested from prior study", (6051,)
)
"""Additional evaluation requested from prior study (DCM 111415)."""

FollowUpAtShortIntervalFromPriorStudy: _Final[_Code] = _Code(
    "DCM", "111416", "Follow-up at short interval from prior study", (6051,)
)
"""Follow-up at short interval from prior study (DCM 111416)."""

HistoryOfBreastAugmentationAsymptomatic: _Final[_Code] = _Code(
    "DCM", "111417", "History of breast augmentation, asymptomatic", (6051,)
)
"""History of breast augmentation, asymptomatic (DCM 111417)."""

ReviewOfAnOutsideStudy: _Final[_Code] = _Code(
    "DCM", "111418", "Review of an outside study", (6051, 6327)
)
"""Review of an outside study (DCM 111418)."""

ClinicalFinding: _Final[_Code] = _Code("DCM", "111402", "Clinical finding", (6051,))
"""Clinical finding (DCM 111402)."""

ReductionMammoplasty: _Final[_Code] = _Code(
    "SCT", "59214008", "Reduction mammoplasty", (6051, 6084)
)
"""Reduction mammoplasty (SCT 59214008)."""

HistoryOfRadiationTherapy: _Final[_Code] = _Code(
    "SCT", "429479009", "History of radiation therapy", (6051,)
)
"""History of radiation therapy (SCT 429479009)."""

AugmentationMammoplasty: _Final[_Code] = _Code(
    "SCT", "22890008", "Augmentation mammoplasty", (6051,)
)
"""Augmentation mammoplasty (SCT 22890008)."""

AdditionalEvaluationRequestedFromAbnormalScreeningStudy: _Final[_Code] = _Code(
    "DCM", "111419", "Additional evaluation requested from abnormal screening study", (6051,)
)
"""Additional evaluation requested from abnormal screening study (DCM 111419)."""

Brachytherapy: _Final[_Code] = _Code("SCT", "384692006", "Brachytherapy", (6051, 6327))
"""Brachytherapy (SCT 384692006)."""

HistoryOfBenignBreastBiopsy: _Final[_Code] = _Code(
    "DCM", "111420", "History of benign breast biopsy", (6051,)
)
"""History of benign breast biopsy (DCM 111420)."""

PersonalHistoryOfBreastCancerWithBreastConservationTherapy: _Final[_Code] = _Code(
    "DCM", "111421", "Personal history of breast cancer with breast conservation therapy", (6051,)
)
"""Personal history of breast cancer with breast conservation therapy (DCM 111421)."""

PersonalHistoryOfBreastCancerWithMastectomy: _Final[_Code] = _Code(
    "DCM", "111124", "Personal history of breast cancer with mastectomy", (6051,)
)
"""Personal history of breast cancer with mastectomy (DCM 111124)."""

KnownBiopsyProvenMalignancy: _Final[_Code] = _Code(
    "DCM", "111125", "Known biopsy proven malignancy", (6051,)
)
"""Known biopsy proven malignancy (DCM 111125)."""

PersonalHistoryOfBreastCancer: _Final[_Code] = _Code(
    "SCT", "415076002", "Personal history of breast cancer", (6051,)
)
"""Personal history of breast cancer (SCT 415076002)."""

RecallForTechnicalReasons: _Final[_Code] = _Code(
    "DCM", "111590", "Recall for technical reasons", (6051,)
)
"""Recall for technical reasons (DCM 111590)."""

RecallForImagingFindings: _Final[_Code] = _Code(
    "DCM", "111591", "Recall for imaging findings", (6051,)
)
"""Recall for imaging findings (DCM 111591)."""

RecallForPatientSymptomsClinicalFindings: _Final[_Code] = _Code(
    "DCM", "111592", "Recall for patient symptoms/ clinical findings", (6051,)
)
"""Recall for patient symptoms/ clinical findings (DCM 111592)."""

Screening: _Final[_Code] = _Code("SCT", "360156006", "Screening", (3629, 4256, 6061))
"""Screening (SCT 360156006). Included from CID 6061."""

Diagnostic: _Final[_Code] = _Code("SCT", "261004008", "Diagnostic", (3629, 4256, 6061, 6319, 7064))
"""Diagnostic (SCT 261004008). Included from CID 6061."""

Targeted: _Final[_Code] = _Code("DCM", "111127", "Targeted", (6061,))
"""Targeted (DCM 111127). Included from CID 6061."""

Survey: _Final[_Code] = _Code("DCM", "111128", "Survey", (6061,))
"""Survey (DCM 111128). Included from CID 6061."""

Calibration: _Final[_Code] = _Code("DCM", "122505", "Calibration", (6061,))
"""Calibration (DCM 122505). Included from CID 6061."""

QualityControl: _Final[_Code] = _Code("DCM", "110002", "Quality Control", (6061, 9231))
"""Quality Control (DCM 110002). Included from CID 6061."""

NeedleLocalizationAndBiopsy: _Final[_Code] = _Code(
    "DCM", "111144", "Needle localization and biopsy", (6029, 6061)
)
"""Needle localization and biopsy (DCM 111144). Included from CID 6061."""

MarkerPlacement: _Final[_Code] = _Code("DCM", "111123", "Marker placement", (6050, 6061))
"""Marker placement (DCM 111123). Included from CID 6061."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AdditionalEvaluationRequestedFromPriorStudy,
    FollowUpAtShortIntervalFromPriorStudy,
    HistoryOfBreastAugmentationAsymptomatic,
    ReviewOfAnOutsideStudy,
    ClinicalFinding,
    ReductionMammoplasty,
    HistoryOfRadiationTherapy,
    AugmentationMammoplasty,
    AdditionalEvaluationRequestedFromAbnormalScreeningStudy,
    Brachytherapy,
    HistoryOfBenignBreastBiopsy,
    PersonalHistoryOfBreastCancerWithBreastConservationTherapy,
    PersonalHistoryOfBreastCancerWithMastectomy,
    KnownBiopsyProvenMalignancy,
    PersonalHistoryOfBreastCancer,
    RecallForTechnicalReasons,
    RecallForImagingFindings,
    RecallForPatientSymptomsClinicalFindings,
    Screening,
    Diagnostic,
    Targeted,
    Survey,
    Calibration,
    QualityControl,
    NeedleLocalizationAndBiopsy,
    MarkerPlacement,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
