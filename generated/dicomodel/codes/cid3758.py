"""CID 3758 Cardiovascular Family History.

Extensible, version 20111028, UID 1.2.840.10008.6.1.253.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3758
NAME: _Final[str] = "Cardiovascular Family History"
KEYWORD: _Final[str | None] = "CardiovascularFamilyHistory"
UID: _Final[str | None] = "1.2.840.10008.6.1.253"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20111028"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FamilyHistoryOfCardiovascularDisease: _Final[_Code] = _Code(
    "SCT", "266894000", "Family history of cardiovascular disease", (3758,)
)
"""Family history of cardiovascular disease (SCT 266894000)."""

FamilyHistoryOfDiabetesMellitus: _Final[_Code] = _Code(
    "SCT", "160303001", "Family history of diabetes mellitus", (3758,)
)
"""Family history of diabetes mellitus (SCT 160303001)."""

FamilyHistoryOfMyocardialInfarction: _Final[_Code] = _Code(
    "SCT", "266897007", "Family history of myocardial infarction", (3758,)
)
"""Family history of myocardial infarction (SCT 266897007)."""

FamilyHistoryOfCoronaryArteriosclerosis: _Final[_Code] = _Code(
    "SCT", "430091005", "Family history of coronary arteriosclerosis", (3758,)
)
"""Family history of coronary arteriosclerosis (SCT 430091005)."""

NoFamilyHistoryOfDiabetes: _Final[_Code] = _Code(
    "SCT", "160274005", "No family history of diabetes", (3758,)
)
"""No family history of diabetes (SCT 160274005)."""

NoFamilyHistoryOfCardiovascularDisease: _Final[_Code] = _Code(
    "SCT", "160270001", "No family history of cardiovascular disease", (3758,)
)
"""No family history of cardiovascular disease (SCT 160270001)."""

FamilyHistoryUnknown: _Final[_Code] = _Code(
    "SCT", "407559004", "Family history unknown", (3758, 6322)
)
"""Family history unknown (SCT 407559004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    FamilyHistoryOfCardiovascularDisease,
    FamilyHistoryOfDiabetesMellitus,
    FamilyHistoryOfMyocardialInfarction,
    FamilyHistoryOfCoronaryArteriosclerosis,
    NoFamilyHistoryOfDiabetes,
    NoFamilyHistoryOfCardiovascularDisease,
    FamilyHistoryUnknown,
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
