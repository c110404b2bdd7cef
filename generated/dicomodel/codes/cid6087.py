"""CID 6087 General Risk Factor.

Extensible, version 20040112, UID 1.2.840.10008.6.1.409.
Includes CID 6081, CID 6088.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6087
NAME: _Final[str] = "General Risk Factor"
KEYWORD: _Final[str | None] = "GeneralRiskFactor"
UID: _Final[str | None] = "1.2.840.10008.6.1.409"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = (6081, 6088)
EXTERNAL_SCHEME: _Final[str | None] = None

PersonalBreastCancerHistory: _Final[_Code] = _Code(
    "DCM", "111550", "Personal breast cancer history", (6081,)
)
"""Personal breast cancer history (DCM 111550). Included from CID 6081."""

HistoryOfEndometrialCancer: _Final[_Code] = _Code(
    "DCM", "111551", "History of endometrial cancer", (6081,)
)
"""History of endometrial cancer (DCM 111551). Included from CID 6081."""

HistoryOfOvarianCancer: _Final[_Code] = _Code("DCM", "111552", "History of ovarian cancer", (6081,))
"""History of ovarian cancer (DCM 111552). Included from CID 6081."""

HistoryOfHighRiskLesionOnPreviousBiopsy: _Final[_Code] = _Code(
    "DCM", "111553", "History of high risk lesion on previous biopsy", (6081,)
)
"""History of high risk lesion on previous biopsy (DCM 111553). Included from CID 6081."""

PostMenopausalPatient: _Final[_Code] = _Code("DCM", "111554", "Post menopausal patient", (6081,))
"""Post menopausal patient (DCM 111554). Included from CID 6081."""

Nulliparous: _Final[_Code] = _Code("SCT", "102877006", "Nulliparous", (6081,))
"""Nulliparous (SCT 102877006). Included from CID 6081."""

LateChildBearingAfter30: _Final[_Code] = _Code(
    "DCM", "111555", "Late child bearing (after 30)", (6081,)
)
"""Late child bearing (after 30) (DCM 111555). Included from CID 6081."""

BRCA1BreastCancerGene: _Final[_Code] = _Code("DCM", "111556", "BRCA1 breast cancer gene", (6081,))
"""BRCA1 breast cancer gene (DCM 111556). Included from CID 6081."""

BRCA2BreastCancerGene: _Final[_Code] = _Code("DCM", "111557", "BRCA2 breast cancer gene", (6081,))
"""BRCA2 breast cancer gene (DCM 111557). Included from CID 6081."""

BRCA3BreastCancerGene: _Final[_Code] = _Code("DCM", "111558", "BRCA3 breast cancer gene", (6081,))
"""BRCA3 breast cancer gene (DCM 111558). Included from CID 6081."""

FamilyHistoryOfBreastCancer: _Final[_Code] = _Code(
    "SCT", "429740004", "Family history of breast cancer", (6081,)
)
"""Family history of breast cancer (SCT 429740004). Included from CID 6081."""

WeakFamilyHistoryOfBreastCancer: _Final[_Code] = _Code(
    "DCM", "111559", "Weak family history of breast cancer", (6081,)
)
"""Weak family history of breast cancer (DCM 111559). Included from CID 6081."""

IntermediateFamilyHistoryOfBreastCancer: _Final[_Code] = _Code(
    "DCM", "111560", "Intermediate family history of breast cancer", (6081,)
)
"""Intermediate family history of breast cancer (DCM 111560). Included from CID 6081."""

VeryStrongFamilyHistoryOfBreastCancer: _Final[_Code] = _Code(
    "DCM", "111561", "Very strong family history of breast cancer", (6081,)
)
"""Very strong family history of breast cancer (DCM 111561). Included from CID 6081."""

FamilyHistoryOfProstateCancer: _Final[_Code] = _Code(
    "DCM", "111562", "Family history of prostate cancer", (6081, 6322, 6327)
)
"""Family history of prostate cancer (DCM 111562). Included from CID 6081."""

FamilyHistoryUnknown: _Final[_Code] = _Code("DCM", "111563", "Family history unknown", (6081,))
"""Family history unknown (DCM 111563). Included from CID 6081."""

NoFamilyHistoryOfBreastCarcinoma: _Final[_Code] = _Code(
    "SCT", "313376005", "No family history of breast carcinoma", (6081,)
)
"""No family history of breast carcinoma (SCT 313376005). Included from CID 6081."""

HistoryOfDiabetesMellitus: _Final[_Code] = _Code(
    "SCT", "161445009", "History of - diabetes mellitus", (64, 3756, 6088)
)
"""History of - diabetes mellitus (SCT 161445009). Included from CID 6088."""

HistoryOfHypertension: _Final[_Code] = _Code(
    "SCT", "161501007", "History of - hypertension", (64, 3756, 6088)
)
"""History of - hypertension (SCT 161501007). Included from CID 6088."""

HistoryOfObesity: _Final[_Code] = _Code("SCT", "161453001", "History of - obesity", (6088,))
"""History of - obesity (SCT 161453001). Included from CID 6088."""

HistoryOfRegularMedication: _Final[_Code] = _Code(
    "SCT", "161656000", "History of - regular medication", (6088,)
)
"""History of - regular medication (SCT 161656000). Included from CID 6088."""

HistoryOfSubstanceAbuse: _Final[_Code] = _Code(
    "SCT", "371422002", "History of substance abuse", (6088,)
)
"""History of substance abuse (SCT 371422002). Included from CID 6088."""

HistoryOfCardiovascularDisease: _Final[_Code] = _Code(
    "SCT", "266995000", "History of - cardiovascular disease", (6088,)
)
"""History of - cardiovascular disease (SCT 266995000). Included from CID 6088."""

UterineMalformations: _Final[_Code] = _Code("DCM", "111565", "Uterine malformations", (6088,))
"""Uterine malformations (DCM 111565). Included from CID 6088."""

HistoryOfEctopicPregnancy: _Final[_Code] = _Code(
    "SCT", "161763005", "History of - ectopic pregnancy", (6088,)
)
"""History of - ectopic pregnancy (SCT 161763005). Included from CID 6088."""

SpontaneousAbortion: _Final[_Code] = _Code("DCM", "111566", "Spontaneous Abortion", (6088,))
"""Spontaneous Abortion (DCM 111566). Included from CID 6088."""

GynecologicCondition: _Final[_Code] = _Code("DCM", "111567", "Gynecologic condition", (6088,))
"""Gynecologic condition (DCM 111567). Included from CID 6088."""

GynecologicSurgery: _Final[_Code] = _Code("DCM", "111568", "Gynecologic surgery", (6088,))
"""Gynecologic surgery (DCM 111568). Included from CID 6088."""

HistoryOfEclampsia: _Final[_Code] = _Code("SCT", "161806007", "History of - eclampsia", (6088,))
"""History of - eclampsia (SCT 161806007). Included from CID 6088."""

HistoryOfSeverePreEclampsia: _Final[_Code] = _Code(
    "SCT", "161807003", "History of - severe pre-eclampsia", (6088,)
)
"""History of - severe pre-eclampsia (SCT 161807003). Included from CID 6088."""

PreviousLBWOrIUGRBirth: _Final[_Code] = _Code(
    "DCM", "111569", "Previous LBW or IUGR birth", (6088,)
)
"""Previous LBW or IUGR birth (DCM 111569). Included from CID 6088."""

PreviousFetalMalformationSyndrome: _Final[_Code] = _Code(
    "DCM", "111570", "Previous fetal malformation/syndrome", (6088,)
)
"""Previous fetal malformation/syndrome (DCM 111570). Included from CID 6088."""

HistoryOfPrematureDelivery: _Final[_Code] = _Code(
    "SCT", "161765003", "History of - premature delivery", (6088,)
)
"""History of - premature delivery (SCT 161765003). Included from CID 6088."""

PreviousRHNegativeOrBloodDyscrasiaAtBirth: _Final[_Code] = _Code(
    "DCM", "111571", "Previous RH negative or blood dyscrasia at birth", (6088,)
)
"""Previous RH negative or blood dyscrasia at birth (DCM 111571). Included from CID 6088."""

HistoryOfInfertility: _Final[_Code] = _Code("SCT", "161798008", "History of infertility", (6088,))
"""History of infertility (SCT 161798008). Included from CID 6088."""

HistoryOfMultipleFetuses: _Final[_Code] = _Code(
    "DCM", "111572", "History of multiple fetuses", (6088,)
)
"""History of multiple fetuses (DCM 111572). Included from CID 6088."""

MultiplePregnancy: _Final[_Code] = _Code("SCT", "16356006", "Multiple pregnancy", (6088,))
"""Multiple pregnancy (SCT 16356006). Included from CID 6088."""

CurrentPregnancyKnownOrSuspectedMalformationsSyndromes: _Final[_Code] = _Code(
    "DCM", "111573", "Current pregnancy, known or suspected malformations/syndromes", (6088,)
)
"""Current pregnancy, known or suspected malformations/syndromes (DCM 111573). Included from CID 6088."""

FamilyHistoryFetalMalformationSyndrome: _Final[_Code] = _Code(
    "DCM", "111574", "Family history, fetal malformation/syndrome", (6088,)
)
"""Family history, fetal malformation/syndrome (DCM 111574). Included from CID 6088."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PersonalBreastCancerHistory,
    HistoryOfEndometrialCancer,
    HistoryOfOvarianCancer,
    HistoryOfHighRiskLesionOnPreviousBiopsy,
    PostMenopausalPatient,
    Nulliparous,
    LateChildBearingAfter30,
    BRCA1BreastCancerGene,
    BRCA2BreastCancerGene,
    BRCA3BreastCancerGene,
    FamilyHistoryOfBreastCancer,
    WeakFamilyHistoryOfBreastCancer,
    IntermediateFamilyHistoryOfBreastCancer,
    VeryStrongFamilyHistoryOfBreastCancer,
    FamilyHistoryOfProstateCancer,
    FamilyHistoryUnknown,
    NoFamilyHistoryOfBreastCarcinoma,
    HistoryOfDiabetesMellitus,
    HistoryOfHypertension,
    HistoryOfObesity,
    HistoryOfRegularMedication,
    HistoryOfSubstanceAbuse,
    HistoryOfCardiovascularDisease,
    UterineMalformations,
    HistoryOfEctopicPregnancy,
    SpontaneousAbortion,
    GynecologicCondition,
    GynecologicSurgery,
    HistoryOfEclampsia,
    HistoryOfSeverePreEclampsia,
    PreviousLBWOrIUGRBirth,
    PreviousFetalMalformationSyndrome,
    HistoryOfPrematureDelivery,
    PreviousRHNegativeOrBloodDyscrasiaAtBirth,
    HistoryOfInfertility,
    HistoryOfMultipleFetuses,
    MultiplePregnancy,
    CurrentPregnancyKnownOrSuspectedMalformationsSyndromes,
    FamilyHistoryFetalMalformationSyndrome,
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
