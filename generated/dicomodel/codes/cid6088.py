"""CID 6088 OB-GYN Maternal Risk Factor.

Extensible, version 20040112, UID 1.2.840.10008.6.1.410.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6088
NAME: _Final[str] = "OB-GYN Maternal Risk Factor"
KEYWORD: _Final[str | None] = "OBGYNMaternalRiskFactor"
UID: _Final[str | None] = "1.2.840.10008.6.1.410"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HistoryOfDiabetesMellitus: _Final[_Code] = _Code(
    "SCT", "161445009", "History of - diabetes mellitus", (64, 3756, 6088)
)
"""History of - diabetes mellitus (SCT 161445009)."""

HistoryOfHypertension: _Final[_Code] = _Code(
    "SCT", "161501007", "History of - hypertension", (64, 3756, 6088)
)
"""History of - hypertension (SCT 161501007)."""

HistoryOfObesity: _Final[_Code] = _Code("SCT", "161453001", "History of - obesity", (6088,))
"""History of - obesity (SCT 161453001)."""

HistoryOfRegularMedication: _Final[_Code] = _Code(
    "SCT", "161656000", "History of - regular medication", (6088,)
)
"""History of - regular medication (SCT 161656000)."""

HistoryOfSubstanceAbuse: _Final[_Code] = _Code(
    "SCT", "371422002", "History of substance abuse", (6088,)
)
"""History of substance abuse (SCT 371422002)."""

HistoryOfCardiovascularDisease: _Final[_Code] = _Code(
    "SCT", "266995000", "History of - cardiovascular disease", (6088,)
)
"""History of - cardiovascular disease (SCT 266995000)."""

UterineMalformations: _Final[_Code] = _Code("DCM", "111565", "Uterine malformations", (6088,))
"""Uterine malformations (DCM 111565)."""

HistoryOfEctopicPregnancy: _Final[_Code] = _Code(
    "SCT", "161763005", "History of - ectopic pregnancy", (6088,)
)
"""History of - ectopic pregnancy (SCT 161763005)."""

SpontaneousAbortion: _Final[_Code] = _Code("DCM", "111566", "Spontaneous Abortion", (6088,))
"""Spontaneous Abortion (DCM 111566)."""

GynecologicCondition: _Final[_Code] = _Code("DCM", "111567", "Gynecologic condition", (6088,))
"""Gynecologic condition (DCM 111567)."""

GynecologicSurgery: _Final[_Code] = _Code("DCM", "111568", "Gynecologic surgery", (6088,))
"""Gynecologic surgery (DCM 111568)."""

HistoryOfEclampsia: _Final[_Code] = _Code("SCT", "161806007", "History of - eclampsia", (6088,))
"""History of - eclampsia (SCT 161806007)."""

HistoryOfSeverePreEclampsia: _Final[_Code] = _Code(
    "SCT", "161807003", "History of - severe pre-eclampsia", (6088,)
)
"""History of - severe pre-eclampsia (SCT 161807003)."""

PreviousLBWOrIUGRBirth: _Final[_Code] = _Code(
    "DCM", "111569", "Previous LBW or IUGR birth", (6088,)
)
"""Previous LBW or IUGR birth (DCM 111569)."""

PreviousFetalMalformationSyndrome: _Final[_Code] = _Code(
    "DCM", "111570", "Previous fetal malformation/syndrome", (6088,)
)
"""Previous fetal malformation/syndrome (DCM 111570)."""

HistoryOfPrematureDelivery: _Final[_Code] = _Code(
    "SCT", "161765003", "History of - premature delivery", (6088,)
)
"""History of - premature delivery (SCT 161765003)."""

PreviousRHNegativeOrBloodDyscrasiaAtBirth: _Final[_Code] = _Code(
    "DCM", "111571", "Previous RH negative or blood dyscrasia at birth", (6088,)
)
"""Previous RH negative or blood dyscrasia at birth (DCM 111571)."""

HistoryOfInfertility: _Final[_Code] = _Code("SCT", "161798008", "History of infertility", (6088,))
"""History of infertility (SCT 161798008)."""

HistoryOfMultipleFetuses: _Final[_Code] = _Code(
    "DCM", "111572", "History of multiple fetuses", (6088,)
)
"""History of multiple fetuses (DCM 111572)."""

MultiplePregnancy: _Final[_Code] = _Code("SCT", "16356006", "Multiple pregnancy", (6088,))
"""Multiple pregnancy (SCT 16356006)."""

CurrentPregnancyKnownOrSuspectedMalformationsSyndromes: _Final[_Code] = _Code(
    "DCM", "111573", "Current pregnancy, known or suspected malformations/syndromes", (6088,)
)
"""Current pregnancy, known or suspected malformations/syndromes (DCM 111573)."""

FamilyHistoryFetalMalformationSyndrome: _Final[_Code] = _Code(
    "DCM", "111574", "Family history, fetal malformation/syndrome", (6088,)
)
"""Family history, fetal malformation/syndrome (DCM 111574)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
