"""CID 3758 Cardiovascular Family History.

Extensible, version 20111028, UID 1.2.840.10008.6.1.253.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3758
NAME: Final[str] = "Cardiovascular Family History"
KEYWORD: Final[str | None] = "CardiovascularFamilyHistory"
UID: Final[str | None] = "1.2.840.10008.6.1.253"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20111028"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FamilyHistoryOfCardiovascularDisease: Final[Code] = Code(
    "SCT", "266894000", "Family history of cardiovascular disease", (3758,)
)
"""Family history of cardiovascular disease (SCT 266894000)."""

FamilyHistoryOfDiabetesMellitus: Final[Code] = Code(
    "SCT", "160303001", "Family history of diabetes mellitus", (3758,)
)
"""Family history of diabetes mellitus (SCT 160303001)."""

FamilyHistoryOfMyocardialInfarction: Final[Code] = Code(
    "SCT", "266897007", "Family history of myocardial infarction", (3758,)
)
"""Family history of myocardial infarction (SCT 266897007)."""

FamilyHistoryOfCoronaryArteriosclerosis: Final[Code] = Code(
    "SCT", "430091005", "Family history of coronary arteriosclerosis", (3758,)
)
"""Family history of coronary arteriosclerosis (SCT 430091005)."""

NoFamilyHistoryOfDiabetes: Final[Code] = Code(
    "SCT", "160274005", "No family history of diabetes", (3758,)
)
"""No family history of diabetes (SCT 160274005)."""

NoFamilyHistoryOfCardiovascularDisease: Final[Code] = Code(
    "SCT", "160270001", "No family history of cardiovascular disease", (3758,)
)
"""No family history of cardiovascular disease (SCT 160270001)."""

FamilyHistoryUnknown: Final[Code] = Code("SCT", "407559004", "Family history unknown", (3758, 6322))
"""Family history unknown (SCT 407559004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    FamilyHistoryOfCardiovascularDisease,
    FamilyHistoryOfDiabetesMellitus,
    FamilyHistoryOfMyocardialInfarction,
    FamilyHistoryOfCoronaryArteriosclerosis,
    NoFamilyHistoryOfDiabetes,
    NoFamilyHistoryOfCardiovascularDisease,
    FamilyHistoryUnknown,
)
"""The resolved membership: own members, then those of the included groups, in order."""
