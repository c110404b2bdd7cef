"""CID 3668 Framingham Table.

Extensible, version 20030327, UID 1.2.840.10008.6.1.184.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3668
NAME: _Final[str] = "Framingham Table"
KEYWORD: _Final[str | None] = "FraminghamTable"
UID: _Final[str | None] = "1.2.840.10008.6.1.184"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LDLCholesterolScoreSheetForMen: _Final[_Code] = _Code(
    "DCM", "122233", "LDL Cholesterol Score Sheet for Men", (3668,)
)
"""LDL Cholesterol Score Sheet for Men (DCM 122233)."""

LDLCholesterolScoreSheetForWomen: _Final[_Code] = _Code(
    "DCM", "122234", "LDL Cholesterol Score Sheet for Women", (3668,)
)
"""LDL Cholesterol Score Sheet for Women (DCM 122234)."""

TotalCholesterolScoreSheetForMen: _Final[_Code] = _Code(
    "DCM", "122235", "Total Cholesterol Score Sheet for Men", (3668,)
)
"""Total Cholesterol Score Sheet for Men (DCM 122235)."""

TotalCholesterolScoreSheetForWomen: _Final[_Code] = _Code(
    "DCM", "122236", "Total Cholesterol Score Sheet for Women", (3668,)
)
"""Total Cholesterol Score Sheet for Women (DCM 122236)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LDLCholesterolScoreSheetForMen,
    LDLCholesterolScoreSheetForWomen,
    TotalCholesterolScoreSheetForMen,
    TotalCholesterolScoreSheetForWomen,
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
