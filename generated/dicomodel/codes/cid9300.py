"""CID 9300 Procedure Discontinuation Reason.

Extensible, version 20181115, UID 1.2.840.10008.6.1.533.
Includes CID 9301, CID 9302, CID 60.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9300
NAME: _Final[str] = "Procedure Discontinuation Reason"
KEYWORD: _Final[str | None] = "ProcedureDiscontinuationReason"
UID: _Final[str | None] = "1.2.840.10008.6.1.533"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181115"
INCLUDES: _Final[tuple[int, ...]] = (9301, 9302, 60)
EXTERNAL_SCHEME: _Final[str | None] = None

ResourcePreEmpted: _Final[_Code] = _Code("DCM", "110526", "Resource pre-empted", (9300, 9303))
"""Resource pre-empted (DCM 110526)."""

ResourceInadequate: _Final[_Code] = _Code("DCM", "110527", "Resource inadequate", (71, 9300))
"""Resource inadequate (DCM 110527)."""

WorkitemExpired: _Final[_Code] = _Code("DCM", "110533", "Workitem expired", (9300,))
"""Workitem expired (DCM 110533)."""

DiscontinuedProcedureStepRescheduled: _Final[_Code] = _Code(
    "DCM", "110528", "Discontinued Procedure Step rescheduled", (9300,)
)
"""Discontinued Procedure Step rescheduled (DCM 110528)."""

DiscontinuedProcedureStepReschedulingRecommended: _Final[_Code] = _Code(
    "DCM", "110529", "Discontinued Procedure Step rescheduling recommended", (9300,)
)
"""Discontinued Procedure Step rescheduling recommended (DCM 110529)."""

WorkitemAssignmentRejectedByAssignedResource: _Final[_Code] = _Code(
    "DCM", "110530", "Workitem assignment rejected by assigned resource", (9300, 9303)
)
"""Workitem assignment rejected by assigned resource (DCM 110530)."""

DoctorCanceledProcedure: _Final[_Code] = _Code(
    "DCM", "110500", "Doctor canceled procedure", (9301, 9303, 9561)
)
"""Doctor canceled procedure (DCM 110500). Included from CID 9301."""

EquipmentFailure: _Final[_Code] = _Code(
    "DCM", "110501", "Equipment failure", (71, 3427, 4221, 9301, 9302, 9561)
)
"""Equipment failure (DCM 110501). Included from CID 9301."""

IncorrectProcedureOrdered: _Final[_Code] = _Code(
    "DCM", "110502", "Incorrect procedure ordered", (9301, 9303)
)
"""Incorrect procedure ordered (DCM 110502). Included from CID 9301."""

PatientAllergicToMediaContrast: _Final[_Code] = _Code(
    "DCM", "110503", "Patient allergic to media/contrast", (64, 9301)
)
"""Patient allergic to media/contrast (DCM 110503). Included from CID 9301."""

PatientDied: _Final[_Code] = _Code("DCM", "110504", "Patient died", (9301, 9303, 9561))
"""Patient died (DCM 110504). Included from CID 9301."""

PatientRefusedToContinueProcedure: _Final[_Code] = _Code(
    "DCM", "110505", "Patient refused to continue procedure", (9301, 9561)
)
"""Patient refused to continue procedure (DCM 110505). Included from CID 9301."""

PatientTakenForTreatmentOrSurgery: _Final[_Code] = _Code(
    "DCM", "110506", "Patient taken for treatment or surgery", (9301,)
)
"""Patient taken for treatment or surgery (DCM 110506). Included from CID 9301."""

PatientDidNotArrive: _Final[_Code] = _Code("DCM", "110507", "Patient did not arrive", (9301,))
"""Patient did not arrive (DCM 110507). Included from CID 9301."""

PatientPregnant: _Final[_Code] = _Code("DCM", "110508", "Patient pregnant", (9301,))
"""Patient pregnant (DCM 110508). Included from CID 9301."""

ChangeOfProcedureForCorrectCharging: _Final[_Code] = _Code(
    "DCM", "110509", "Change of procedure for correct charging", (9301, 9303)
)
"""Change of procedure for correct charging (DCM 110509). Included from CID 9301."""

DuplicateOrder: _Final[_Code] = _Code("DCM", "110510", "Duplicate order", (9301, 9302, 9303))
"""Duplicate order (DCM 110510). Included from CID 9301."""

NursingUnitCancel: _Final[_Code] = _Code("DCM", "110511", "Nursing unit cancel", (9301,))
"""Nursing unit cancel (DCM 110511). Included from CID 9301."""

IncorrectSideOrdered: _Final[_Code] = _Code("DCM", "110512", "Incorrect side ordered", (9301,))
"""Incorrect side ordered (DCM 110512). Included from CID 9301."""

DiscontinuedForUnspecifiedReason: _Final[_Code] = _Code(
    "DCM", "110513", "Discontinued for unspecified reason", (9301, 9302, 9303, 9561)
)
"""Discontinued for unspecified reason (DCM 110513). Included from CID 9301."""

IncorrectWorklistEntrySelected: _Final[_Code] = _Code(
    "DCM", "110514", "Incorrect worklist entry selected", (9301, 9302)
)
"""Incorrect worklist entry selected (DCM 110514). Included from CID 9301."""

PatientConditionPreventedContinuing: _Final[_Code] = _Code(
    "DCM", "110515", "Patient condition prevented continuing", (60, 9301, 9561)
)
"""Patient condition prevented continuing (DCM 110515). Included from CID 9301."""

EquipmentChange: _Final[_Code] = _Code("DCM", "110516", "Equipment change", (9301,))
"""Equipment change (DCM 110516). Included from CID 9301."""

InjectionSiteExtravasation: _Final[_Code] = _Code(
    "SCT", "95384003", "Injection Site Extravasation", (60, 9301)
)
"""Injection Site Extravasation (SCT 95384003). Included from CID 9301."""

RadiopharmaceuticalAdverseReaction: _Final[_Code] = _Code(
    "SCT", "292094009", "Radiopharmaceutical Adverse Reaction", (9301,)
)
"""Radiopharmaceutical Adverse Reaction (SCT 292094009). Included from CID 9301."""

ObjectsIncorrectlyFormatted: _Final[_Code] = _Code(
    "DCM", "110521", "Objects incorrectly formatted", (9302,)
)
"""Objects incorrectly formatted (DCM 110521). Included from CID 9302."""

ObjectTypesNotSupported: _Final[_Code] = _Code(
    "DCM", "110522", "Object Types not supported", (9302,)
)
"""Object Types not supported (DCM 110522). Included from CID 9302."""

ObjectSetIncomplete: _Final[_Code] = _Code("DCM", "110523", "Object Set incomplete", (9302, 9303))
"""Object Set incomplete (DCM 110523). Included from CID 9302."""

MediaFailure: _Final[_Code] = _Code("DCM", "110524", "Media Failure", (9302,))
"""Media Failure (DCM 110524). Included from CID 9302."""

NauseaAndVomiting: _Final[_Code] = _Code("SCT", "16932000", "Nausea and vomiting", (60,))
"""Nausea and vomiting (SCT 16932000). Included from CID 60."""

TasteSenseAltered: _Final[_Code] = _Code("SCT", "271801002", "Taste sense altered", (60,))
"""Taste sense altered (SCT 271801002). Included from CID 60."""

Sweating: _Final[_Code] = _Code("SCT", "415690000", "Sweating", (60,))
"""Sweating (SCT 415690000). Included from CID 60."""

Cough: _Final[_Code] = _Code("SCT", "49727002", "Cough", (60,))
"""Cough (SCT 49727002). Included from CID 60."""

Itching: _Final[_Code] = _Code("SCT", "418363000", "Itching", (60, 4406))
"""Itching (SCT 418363000). Included from CID 60."""

DrugRash: _Final[_Code] = _Code("SCT", "28926001", "Drug Rash", (60,))
"""Drug Rash (SCT 28926001). Included from CID 60."""

SensationOfBeingWarm: _Final[_Code] = _Code(
    "SCT", "724232004", "Sensation of being warm (finding)", (60,)
)
"""Sensation of being warm (finding) (SCT 724232004). Included from CID 60."""

PallorPaleComplexion: _Final[_Code] = _Code("SCT", "398979000", "Pallor (Pale Complexion)", (60,))
"""Pallor (Pale Complexion) (SCT 398979000). Included from CID 60."""

NasalCongestion: _Final[_Code] = _Code("SCT", "68235000", "Nasal Congestion", (60,))
"""Nasal Congestion (SCT 68235000). Included from CID 60."""

Headache: _Final[_Code] = _Code("SCT", "25064002", "Headache", (60,))
"""Headache (SCT 25064002). Included from CID 60."""

DrugInducedFlushing: _Final[_Code] = _Code("SCT", "403618004", "Drug induced Flushing", (60,))
"""Drug induced Flushing (SCT 403618004). Included from CID 60."""

FacialSwelling: _Final[_Code] = _Code("SCT", "278528006", "Facial Swelling", (60,))
"""Facial Swelling (SCT 278528006). Included from CID 60."""

DrugInducedDizziness: _Final[_Code] = _Code("SCT", "473188002", "Drug Induced Dizziness", (60,))
"""Drug Induced Dizziness (SCT 473188002). Included from CID 60."""

ChillsAndFever: _Final[_Code] = _Code("SCT", "274640006", "Chills and fever", (60,))
"""Chills and fever (SCT 274640006). Included from CID 60."""

Anxiety: _Final[_Code] = _Code("SCT", "48694002", "Anxiety", (60, 64))
"""Anxiety (SCT 48694002). Included from CID 60."""

Shaking: _Final[_Code] = _Code("SCT", "26079004", "Shaking", (60,))
"""Shaking (SCT 26079004). Included from CID 60."""

TachycardiaBradycardia: _Final[_Code] = _Code("SCT", "74615001", "Tachycardia-bradycardia", (60,))
"""Tachycardia-bradycardia (SCT 74615001). Included from CID 60."""

Bronchospasm: _Final[_Code] = _Code("SCT", "4386001", "Bronchospasm", (60,))
"""Bronchospasm (SCT 4386001). Included from CID 60."""

Hypertension: _Final[_Code] = _Code(
    "SCT", "38341003", "Hypertension", (60, 3201, 3211, 3640, 12246)
)
"""Hypertension (SCT 38341003). Included from CID 60."""

LaryngealEdema: _Final[_Code] = _Code("SCT", "51599000", "Laryngeal edema", (60,))
"""Laryngeal edema (SCT 51599000). Included from CID 60."""

DiffuseInflammatoryErythema: _Final[_Code] = _Code(
    "SCT", "402603005", "Diffuse inflammatory erythema", (60,)
)
"""Diffuse inflammatory erythema (SCT 402603005). Included from CID 60."""

DrugInducedHypotension: _Final[_Code] = _Code("SCT", "234171009", "Drug-induced hypotension", (60,))
"""Drug-induced hypotension (SCT 234171009). Included from CID 60."""

Dyspnea: _Final[_Code] = _Code("SCT", "267036007", "Dyspnea", (60, 3201, 3220, 3221, 12246))
"""Dyspnea (SCT 267036007). Included from CID 60."""

EpilepticConvulsions: _Final[_Code] = _Code("SCT", "84757009", "Epileptic convulsions", (60,))
"""Epileptic convulsions (SCT 84757009). Included from CID 60."""

Hypotension: _Final[_Code] = _Code("SCT", "45007003", "Hypotension", (60, 3211))
"""Hypotension (SCT 45007003). Included from CID 60."""

NoMotorResponseToCommand: _Final[_Code] = _Code(
    "SCT", "298336006", "No motor response to command", (60,)
)
"""No motor response to command (SCT 298336006). Included from CID 60."""

CardiacArrhythmia: _Final[_Code] = _Code("SCT", "698247007", "Cardiac Arrhythmia", (60, 1201, 3700))
"""Cardiac Arrhythmia (SCT 698247007). Included from CID 60."""

CardiorespiratoryArrest: _Final[_Code] = _Code(
    "SCT", "410430005", "Cardiorespiratory arrest", (60,)
)
"""Cardiorespiratory arrest (SCT 410430005). Included from CID 60."""

InjectionSiteAbscess: _Final[_Code] = _Code("SCT", "95382004", "Injection site abscess", (10043,))
"""Injection site abscess (SCT 95382004). Included from CID 10043."""

InjectionSiteAnesthesia: _Final[_Code] = _Code(
    "SCT", "95398006", "Injection site anesthesia", (10043,)
)
"""Injection site anesthesia (SCT 95398006). Included from CID 10043."""

InjectionSiteAtrophy: _Final[_Code] = _Code("SCT", "95404001", "Injection site atrophy", (10043,))
"""Injection site atrophy (SCT 95404001). Included from CID 10043."""

InjectionSiteBruising: _Final[_Code] = _Code("SCT", "95401009", "Injection site bruising", (10043,))
"""Injection site bruising (SCT 95401009). Included from CID 10043."""

InjectionSiteBurning: _Final[_Code] = _Code("SCT", "95389008", "Injection site burning", (10043,))
"""Injection site burning (SCT 95389008). Included from CID 10043."""

InjectionSiteCyst: _Final[_Code] = _Code("SCT", "95396005", "Injection site cyst", (10043,))
"""Injection site cyst (SCT 95396005). Included from CID 10043."""

InjectionSiteDermatitis: _Final[_Code] = _Code(
    "SCT", "95393002", "Injection site dermatitis", (10043,)
)
"""Injection site dermatitis (SCT 95393002). Included from CID 10043."""

InjectionSiteDisorder: _Final[_Code] = _Code("SCT", "95376002", "Injection site disorder", (10043,))
"""Injection site disorder (SCT 95376002). Included from CID 10043."""

InjectionSiteEdema: _Final[_Code] = _Code("SCT", "95392007", "Injection site edema", (10043,))
"""Injection site edema (SCT 95392007). Included from CID 10043."""

InjectionSiteFibrosis: _Final[_Code] = _Code("SCT", "95403007", "Injection site fibrosis", (10043,))
"""Injection site fibrosis (SCT 95403007). Included from CID 10043."""

InjectionSiteGranuloma: _Final[_Code] = _Code(
    "SCT", "24389009", "Injection site granuloma", (10043,)
)
"""Injection site granuloma (SCT 24389009). Included from CID 10043."""

InjectionSiteHemorrhage: _Final[_Code] = _Code(
    "SCT", "95385002", "Injection site hemorrhage", (10043,)
)
"""Injection site hemorrhage (SCT 95385002). Included from CID 10043."""

InjectionSiteHypersensitivity: _Final[_Code] = _Code(
    "SCT", "95378001", "Injection site hypersensitivity", (10043,)
)
"""Injection site hypersensitivity (SCT 95378001). Included from CID 10043."""

InjectionSiteInduration: _Final[_Code] = _Code(
    "SCT", "95402002", "Injection site induration", (10043,)
)
"""Injection site induration (SCT 95402002). Included from CID 10043."""

InjectionSiteInfection: _Final[_Code] = _Code(
    "SCT", "95381006", "Injection site infection", (10043,)
)
"""Injection site infection (SCT 95381006). Included from CID 10043."""

InjectionSiteInflammation: _Final[_Code] = _Code(
    "SCT", "95391000", "Injection site inflammation", (10043,)
)
"""Injection site inflammation (SCT 95391000). Included from CID 10043."""

InjectionSiteIrritation: _Final[_Code] = _Code(
    "SCT", "95379009", "Injection site irritation", (10043,)
)
"""Injection site irritation (SCT 95379009). Included from CID 10043."""

InjectionSiteMalabsorption: _Final[_Code] = _Code(
    "SCT", "95387005", "Injection site malabsorption", (10043,)
)
"""Injection site malabsorption (SCT 95387005). Included from CID 10043."""

InjectionSiteMass: _Final[_Code] = _Code("SCT", "95395009", "Injection site mass", (10043,))
"""Injection site mass (SCT 95395009). Included from CID 10043."""

InjectionSiteNecrosis: _Final[_Code] = _Code("SCT", "95397001", "Injection site necrosis", (10043,))
"""Injection site necrosis (SCT 95397001). Included from CID 10043."""

InjectionSiteNerveDamage: _Final[_Code] = _Code(
    "SCT", "95390004", "Injection site nerve damage", (10043,)
)
"""Injection site nerve damage (SCT 95390004). Included from CID 10043."""

InjectionSitePain: _Final[_Code] = _Code("SCT", "95388000", "Injection site pain", (10043,))
"""Injection site pain (SCT 95388000). Included from CID 10043."""

InjectionSiteParesthesia: _Final[_Code] = _Code(
    "SCT", "95399003", "Injection site paresthesia", (10043,)
)
"""Injection site paresthesia (SCT 95399003). Included from CID 10043."""

InjectionSitePigmentationChange: _Final[_Code] = _Code(
    "SCT", "95380007", "Injection site pigmentation change", (10043,)
)
"""Injection site pigmentation change (SCT 95380007). Included from CID 10043."""

InjectionSiteScar: _Final[_Code] = _Code("SCT", "111017005", "Injection site scar", (10043,))
"""Injection site scar (SCT 111017005). Included from CID 10043."""

InjectionSiteSterileAbscess: _Final[_Code] = _Code(
    "SCT", "95383009", "Injection site sterile abscess", (10043,)
)
"""Injection site sterile abscess (SCT 95383009). Included from CID 10043."""

InjectionSiteThrombosis: _Final[_Code] = _Code(
    "SCT", "95386001", "Injection site thrombosis", (10043,)
)
"""Injection site thrombosis (SCT 95386001). Included from CID 10043."""

InjectionSiteUlcer: _Final[_Code] = _Code("SCT", "95400005", "Injection site ulcer", (10043,))
"""Injection site ulcer (SCT 95400005). Included from CID 10043."""

InjectionSiteUrticaria: _Final[_Code] = _Code(
    "SCT", "95394008", "Injection site urticaria", (10043,)
)
"""Injection site urticaria (SCT 95394008). Included from CID 10043."""

ExtravasationVisibleInImage: _Final[_Code] = _Code(
    "DCM", "113568", "Extravasation visible in image", (10043,)
)
"""Extravasation visible in image (DCM 113568). Included from CID 10043."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ResourcePreEmpted,
    ResourceInadequate,
    WorkitemExpired,
    DiscontinuedProcedureStepRescheduled,
    DiscontinuedProcedureStepReschedulingRecommended,
    WorkitemAssignmentRejectedByAssignedResource,
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
    ObjectsIncorrectlyFormatted,
    ObjectTypesNotSupported,
    ObjectSetIncomplete,
    MediaFailure,
    NauseaAndVomiting,
    TasteSenseAltered,
    Sweating,
    Cough,
    Itching,
    DrugRash,
    SensationOfBeingWarm,
    PallorPaleComplexion,
    NasalCongestion,
    Headache,
    DrugInducedFlushing,
    FacialSwelling,
    DrugInducedDizziness,
    ChillsAndFever,
    Anxiety,
    Shaking,
    TachycardiaBradycardia,
    Bronchospasm,
    Hypertension,
    LaryngealEdema,
    DiffuseInflammatoryErythema,
    DrugInducedHypotension,
    Dyspnea,
    EpilepticConvulsions,
    Hypotension,
    NoMotorResponseToCommand,
    CardiacArrhythmia,
    CardiorespiratoryArrest,
    InjectionSiteAbscess,
    InjectionSiteAnesthesia,
    InjectionSiteAtrophy,
    InjectionSiteBruising,
    InjectionSiteBurning,
    InjectionSiteCyst,
    InjectionSiteDermatitis,
    InjectionSiteDisorder,
    InjectionSiteEdema,
    InjectionSiteFibrosis,
    InjectionSiteGranuloma,
    InjectionSiteHemorrhage,
    InjectionSiteHypersensitivity,
    InjectionSiteInduration,
    InjectionSiteInfection,
    InjectionSiteInflammation,
    InjectionSiteIrritation,
    InjectionSiteMalabsorption,
    InjectionSiteMass,
    InjectionSiteNecrosis,
    InjectionSiteNerveDamage,
    InjectionSitePain,
    InjectionSiteParesthesia,
    InjectionSitePigmentationChange,
    InjectionSiteScar,
    InjectionSiteSterileAbscess,
    InjectionSiteThrombosis,
    InjectionSiteUlcer,
    InjectionSiteUrticaria,
    ExtravasationVisibleInImage,
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
