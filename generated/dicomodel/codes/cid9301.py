"""CID 9301 Modality PPS Discontinuation Reason.

Extensible, version 20140419, UID 1.2.840.10008.6.1.812.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9301
NAME: _Final[str] = "Modality PPS Discontinuation Reason"
KEYWORD: _Final[str | None] = "ModalityPPSDiscontinuationReason"
UID: _Final[str | None] = "1.2.840.10008.6.1.812"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20140419"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DoctorCanceledProcedure: _Final[_Code] = _Code(
    "DCM", "110500", "Doctor canceled procedure", (9301, 9303, 9561)
)
"""Doctor canceled procedure (DCM 110500)."""

EquipmentFailure: _Final[_Code] = _Code(
    "DCM", "110501", "Equipment failure", (71, 3427, 4221, 9301, 9302, 9561)
)
"""Equipment failure (DCM 110501)."""

IncorrectProcedureOrdered: _Final[_Code] = _Code(
    "DCM", "110502", "Incorrect procedure ordered", (9301, 9303)
)
"""Incorrect procedure ordered (DCM 110502)."""

PatientAllergicToMediaContrast: _Final[_Code] = _Code(
    "DCM", "110503", "Patient allergic to media/contrast", (64, 9301)
)
"""Patient allergic to media/contrast (DCM 110503)."""

PatientDied: _Final[_Code] = _Code("DCM", "110504", "Patient died", (9301, 9303, 9561))
"""Patient died (DCM 110504)."""

PatientRefusedToContinueProcedure: _Final[_Code] = _Code(
    "DCM", "110505", "Patient refused to continue procedure", (9301, 9561)
)
"""Patient refused to continue procedure (DCM 110505)."""

PatientTakenForTreatmentOrSurgery: _Final[_Code] = _Code(
    "DCM", "110506", "Patient taken for treatment or surgery", (9301,)
)
"""Patient taken for treatment or surgery (DCM 110506)."""

PatientDidNotArrive: _Final[_Code] = _Code("DCM", "110507", "Patient did not arrive", (9301,))
"""Patient did not arrive (DCM 110507)."""

PatientPregnant: _Final[_Code] = _Code("DCM", "110508", "Patient pregnant", (9301,))
"""Patient pregnant (DCM 110508)."""

ChangeOfProcedureForCorrectCharging: _Final[_Code] = _Code(
    "DCM", "110509", "Change of procedure for correct charging", (9301, 9303)
)
"""Change of procedure for correct charging (DCM 110509)."""

DuplicateOrder: _Final[_Code] = _Code("DCM", "110510", "Duplicate order", (9301, 9302, 9303))
"""Duplicate order (DCM 110510)."""

NursingUnitCancel: _Final[_Code] = _Code("DCM", "110511", "Nursing unit cancel", (9301,))
"""Nursing unit cancel (DCM 110511)."""

IncorrectSideOrdered: _Final[_Code] = _Code("DCM", "110512", "Incorrect side ordered", (9301,))
"""Incorrect side ordered (DCM 110512)."""

DiscontinuedForUnspecifiedReason: _Final[_Code] = _Code(
    "DCM", "110513", "Discontinued for unspecified reason", (9301, 9302, 9303, 9561)
)
"""Discontinued for unspecified reason (DCM 110513)."""

IncorrectWorklistEntrySelected: _Final[_Code] = _Code(
    "DCM", "110514", "Incorrect worklist entry selected", (9301, 9302)
)
"""Incorrect worklist entry selected (DCM 110514)."""

PatientConditionPreventedContinuing: _Final[_Code] = _Code(
    "DCM", "110515", "Patient condition prevented continuing", (60, 9301, 9561)
)
"""Patient condition prevented continuing (DCM 110515)."""

EquipmentChange: _Final[_Code] = _Code("DCM", "110516", "Equipment change", (9301,))
"""Equipment change (DCM 110516)."""

InjectionSiteExtravasation: _Final[_Code] = _Code(
    "SCT", "95384003", "Injection Site Extravasation", (60, 9301)
)
"""Injection Site Extravasation (SCT 95384003)."""

RadiopharmaceuticalAdverseReaction: _Final[_Code] = _Code(
    "SCT", "292094009", "Radiopharmaceutical Adverse Reaction", (9301,)
)
"""Radiopharmaceutical Adverse Reaction (SCT 292094009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DoctorCanceledProcedure,
    EquipmentFailure,
    IncorrectProcedureOrdered,
    PatientAllergicToMediaContrast,
    PatientDied,
    PatientRefusedToContinueProcedure,
    PatientTakenForTreatmentOrSurgery,
    PatientDidNotArrive,
    PatientPregnant,
    ChangeOfProcedureForCorrectCharging,
    DuplicateOrder,
    NursingUnitCancel,
    IncorrectSideOrdered,
    DiscontinuedForUnspecifiedReason,
    IncorrectWorklistEntrySelected,
    PatientConditionPreventedContinuing,
    EquipmentChange,
    InjectionSiteExtravasation,
    RadiopharmaceuticalAdverseReaction,
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
