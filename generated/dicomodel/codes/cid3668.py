"""CID 3668 Framingham Table.

Extensible, version 20030327, UID 1.2.840.10008.6.1.184.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3668
NAME: Final[str] = "Framingham Table"
KEYWORD: Final[str | None] = "FraminghamTable"
UID: Final[str | None] = "1.2.840.10008.6.1.184"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LDLCholesterolScoreSheetForMen: Final[Code] = Code(
    "DCM", "122233", "LDL Cholesterol Score Sheet for Men", (3668,)
)
"""LDL Cholesterol Score Sheet for Men (DCM 122233)."""

LDLCholesterolScoreSheetForWomen: Final[Code] = Code(
    "DCM", "122234", "LDL Cholesterol Score Sheet for Women", (3668,)
)
"""LDL Cholesterol Score Sheet for Women (DCM 122234)."""

TotalCholesterolScoreSheetForMen: Final[Code] = Code(
    "DCM", "122235", "Total Cholesterol Score Sheet for Men", (3668,)
)
"""Total Cholesterol Score Sheet for Men (DCM 122235)."""

TotalCholesterolScoreSheetForWomen: Final[Code] = Code(
    "DCM", "122236", "Total Cholesterol Score Sheet for Women", (3668,)
)
"""Total Cholesterol Score Sheet for Women (DCM 122236)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LDLCholesterolScoreSheetForMen,
    LDLCholesterolScoreSheetForWomen,
    TotalCholesterolScoreSheetForMen,
    TotalCholesterolScoreSheetForWomen,
)
"""The resolved membership: own members, then those of the included groups, in order."""
