"""CID 6081 Breast Cancer Risk Factor.

Extensible, version 20160314, UID 1.2.840.10008.6.1.403.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6081
NAME: _Final[str] = "Breast Cancer Risk Factor"
KEYWORD: _Final[str | None] = "BreastCancerRiskFactor"
UID: _Final[str | None] = "1.2.840.10008.6.1.403"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PersonalBreastCancerHistory: _Final[_Code] = _Code(
    "DCM", "111550", "Personal breast cancer history", (6081,)
)
"""Personal breast cancer history (DCM 111550)."""

HistoryOfEndometrialCancer: _Final[_Code] = _Code(
    "DCM", "111551", "History of endometrial cancer", (6081,)
)
"""History of endometrial cancer (DCM 111551)."""

HistoryOfOvarianCancer: _Final[_Code] = _Code("DCM", "111552", "History of ovarian cancer", (6081,))
"""History of ovarian cancer (DCM 111552)."""

HistoryOfHighRiskLesionOnPreviousBiopsy: _Final[_Code] = _Code(
    "DCM", "111553", "History of high risk lesion on previous biopsy", (6081,)
)
"""History of high risk lesion on previous biopsy (DCM 111553)."""

PostMenopausalPatient: _Final[_Code] = _Code("DCM", "111554", "Post menopausal patient", (6081,))
"""Post menopausal patient (DCM 111554)."""

Nulliparous: _Final[_Code] = _Code("SCT", "102877006", "Nulliparous", (6081,))
"""Nulliparous (SCT 102877006)."""

LateChildBearingAfter30: _Final[_Code] = _Code(
    "DCM", "111555", "Late child bearing (after 30)", (6081,)
)
"""Late child bearing (after 30) (DCM 111555)."""

BRCA1BreastCancerGene: _Final[_Code] = _Code("DCM", "111556", "BRCA1 breast cancer gene", (6081,))
"""BRCA1 breast cancer gene (DCM 111556)."""

BRCA2BreastCancerGene: _Final[_Code] = _Code("DCM", "111557", "BRCA2 breast cancer gene", (6081,))
"""BRCA2 breast cancer gene (DCM 111557)."""

BRCA3BreastCancerGene: _Final[_Code] = _Code("DCM", "111558", "BRCA3 breast cancer gene", (6081,))
"""BRCA3 breast cancer gene (DCM 111558)."""

FamilyHistoryOfBreastCancer: _Final[_Code] = _Code(
    "SCT", "429740004", "Family history of breast cancer", (6081,)
)
"""Family history of breast cancer (SCT 429740004)."""

WeakFamilyHistoryOfBreastCancer: _Final[_Code] = _Code(
    "DCM", "111559", "Weak family history of breast cancer", (6081,)
)
"""Weak family history of breast cancer (DCM 111559)."""

IntermediateFamilyHistoryOfBreastCancer: _Final[_Code] = _Code(
    "DCM", "111560", "Intermediate family history of breast cancer", (6081,)
)
"""Intermediate family history of breast cancer (DCM 111560)."""

VeryStrongFamilyHistoryOfBreastCancer: _Final[_Code] = _Code(
    "DCM", "111561", "Very strong family history of breast cancer", (6081,)
)
"""Very strong family history of breast cancer (DCM 111561)."""

FamilyHistoryOfProstateCancer: _Final[_Code] = _Code(
    "DCM", "111562", "Family history of prostate cancer", (6081, 6322, 6327)
)
"""Family history of prostate cancer (DCM 111562)."""

FamilyHistoryUnknown: _Final[_Code] = _Code("DCM", "111563", "Family history unknown", (6081,))
"""Family history unknown (DCM 111563)."""

NoFamilyHistoryOfBreastCarcinoma: _Final[_Code] = _Code(
    "SCT", "313376005", "No family history of breast carcinoma", (6081,)
)
"""No family history of breast carcinoma (SCT 313376005)."""

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
