"""CID 6081 Breast Cancer Risk Factor.

Extensible, version 20160314, UID 1.2.840.10008.6.1.403.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6081
NAME: Final[str] = "Breast Cancer Risk Factor"
KEYWORD: Final[str | None] = "BreastCancerRiskFactor"
UID: Final[str | None] = "1.2.840.10008.6.1.403"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PersonalBreastCancerHistory: Final[Code] = Code(
    "DCM", "111550", "Personal breast cancer history", (6081,)
)
"""Personal breast cancer history (DCM 111550)."""

HistoryOfEndometrialCancer: Final[Code] = Code(
    "DCM", "111551", "History of endometrial cancer", (6081,)
)
"""History of endometrial cancer (DCM 111551)."""

HistoryOfOvarianCancer: Final[Code] = Code("DCM", "111552", "History of ovarian cancer", (6081,))
"""History of ovarian cancer (DCM 111552)."""

HistoryOfHighRiskLesionOnPreviousBiopsy: Final[Code] = Code(
    "DCM", "111553", "History of high risk lesion on previous biopsy", (6081,)
)
"""History of high risk lesion on previous biopsy (DCM 111553)."""

PostMenopausalPatient: Final[Code] = Code("DCM", "111554", "Post menopausal patient", (6081,))
"""Post menopausal patient (DCM 111554)."""

Nulliparous: Final[Code] = Code("SCT", "102877006", "Nulliparous", (6081,))
"""Nulliparous (SCT 102877006)."""

LateChildBearingAfter30: Final[Code] = Code(
    "DCM", "111555", "Late child bearing (after 30)", (6081,)
)
"""Late child bearing (after 30) (DCM 111555)."""

BRCA1BreastCancerGene: Final[Code] = Code("DCM", "111556", "BRCA1 breast cancer gene", (6081,))
"""BRCA1 breast cancer gene (DCM 111556)."""

BRCA2BreastCancerGene: Final[Code] = Code("DCM", "111557", "BRCA2 breast cancer gene", (6081,))
"""BRCA2 breast cancer gene (DCM 111557)."""

BRCA3BreastCancerGene: Final[Code] = Code("DCM", "111558", "BRCA3 breast cancer gene", (6081,))
"""BRCA3 breast cancer gene (DCM 111558)."""

FamilyHistoryOfBreastCancer: Final[Code] = Code(
    "SCT", "429740004", "Family history of breast cancer", (6081,)
)
"""Family history of breast cancer (SCT 429740004)."""

WeakFamilyHistoryOfBreastCancer: Final[Code] = Code(
    "DCM", "111559", "Weak family history of breast cancer", (6081,)
)
"""Weak family history of breast cancer (DCM 111559)."""

IntermediateFamilyHistoryOfBreastCancer: Final[Code] = Code(
    "DCM", "111560", "Intermediate family history of breast cancer", (6081,)
)
"""Intermediate family history of breast cancer (DCM 111560)."""

VeryStrongFamilyHistoryOfBreastCancer: Final[Code] = Code(
    "DCM", "111561", "Very strong family history of breast cancer", (6081,)
)
"""Very strong family history of breast cancer (DCM 111561)."""

FamilyHistoryOfProstateCancer: Final[Code] = Code(
    "DCM", "111562", "Family history of prostate cancer", (6081, 6322, 6327)
)
"""Family history of prostate cancer (DCM 111562)."""

FamilyHistoryUnknown: Final[Code] = Code("DCM", "111563", "Family history unknown", (6081,))
"""Family history unknown (DCM 111563)."""

NoFamilyHistoryOfBreastCarcinoma: Final[Code] = Code(
    "SCT", "313376005", "No family history of breast carcinoma", (6081,)
)
"""No family history of breast carcinoma (SCT 313376005)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
