"""CID 9301 Modality PPS Discontinuation Reason.

Extensible, version 20140419, UID 1.2.840.10008.6.1.812.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9301
NAME: Final[str] = "Modality PPS Discontinuation Reason"
KEYWORD: Final[str | None] = "ModalityPPSDiscontinuationReason"
UID: Final[str | None] = "1.2.840.10008.6.1.812"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20140419"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DoctorCanceledProcedure: Final[Code] = Code(
    "DCM", "110500", "Doctor canceled procedure", (9301, 9303, 9561)
)
"""Doctor canceled procedure (DCM 110500)."""

EquipmentFailure: Final[Code] = Code(
    "DCM", "110501", "Equipment failure", (71, 3427, 4221, 9301, 9302, 9561)
)
"""Equipment failure (DCM 110501)."""

IncorrectProcedureOrdered: Final[Code] = Code(
    "DCM", "110502", "Incorrect procedure ordered", (9301, 9303)
)
"""Incorrect procedure ordered (DCM 110502)."""

PatientAllergicToMediaContrast: Final[Code] = Code(
    "DCM", "110503", "Patient allergic to media/contrast", (64, 9301)
)
"""Patient allergic to media/contrast (DCM 110503)."""

PatientDied: Final[Code] = Code("DCM", "110504", "Patient died", (9301, 9303, 9561))
"""Patient died (DCM 110504)."""

PatientRefusedToContinueProcedure: Final[Code] = Code(
    "DCM", "110505", "Patient refused to continue procedure", (9301, 9561)
)
"""Patient refused to continue procedure (DCM 110505)."""

PatientTakenForTreatmentOrSurgery: Final[Code] = Code(
    "DCM", "110506", "Patient taken for treatment or surgery", (9301,)
)
"""Patient taken for treatment or surgery (DCM 110506)."""

PatientDidNotArrive: Final[Code] = Code("DCM", "110507", "Patient did not arrive", (9301,))
"""Patient did not arrive (DCM 110507)."""

PatientPregnant: Final[Code] = Code("DCM", "110508", "Patient pregnant", (9301,))
"""Patient pregnant (DCM 110508)."""

ChangeOfProcedureForCorrectCharging: Final[Code] = Code(
    "DCM", "110509", "Change of procedure for correct charging", (9301, 9303)
)
"""Change of procedure for correct charging (DCM 110509)."""

DuplicateOrder: Final[Code] = Code("DCM", "110510", "Duplicate order", (9301, 9302, 9303))
"""Duplicate order (DCM 110510)."""

NursingUnitCancel: Final[Code] = Code("DCM", "110511", "Nursing unit cancel", (9301,))
"""Nursing unit cancel (DCM 110511)."""

IncorrectSideOrdered: Final[Code] = Code("DCM", "110512", "Incorrect side ordered", (9301,))
"""Incorrect side ordered (DCM 110512)."""

DiscontinuedForUnspecifiedReason: Final[Code] = Code(
    "DCM", "110513", "Discontinued for unspecified reason", (9301, 9302, 9303, 9561)
)
"""Discontinued for unspecified reason (DCM 110513)."""

IncorrectWorklistEntrySelected: Final[Code] = Code(
    "DCM", "110514", "Incorrect worklist entry selected", (9301, 9302)
)
"""Incorrect worklist entry selected (DCM 110514)."""

PatientConditionPreventedContinuing: Final[Code] = Code(
    "DCM", "110515", "Patient condition prevented continuing", (60, 9301, 9561)
)
"""Patient condition prevented continuing (DCM 110515)."""

EquipmentChange: Final[Code] = Code("DCM", "110516", "Equipment change", (9301,))
"""Equipment change (DCM 110516)."""

InjectionSiteExtravasation: Final[Code] = Code(
    "SCT", "95384003", "Injection Site Extravasation", (60, 9301)
)
"""Injection Site Extravasation (SCT 95384003)."""

RadiopharmaceuticalAdverseReaction: Final[Code] = Code(
    "SCT", "292094009", "Radiopharmaceutical Adverse Reaction", (9301,)
)
"""Radiopharmaceutical Adverse Reaction (SCT 292094009)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
