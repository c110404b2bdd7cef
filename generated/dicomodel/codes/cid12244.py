"""CID 12244 Congenital Finding Site.

Extensible, version 20040614, UID 1.2.840.10008.6.1.635.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12244
NAME: Final[str] = "Congenital Finding Site"
KEYWORD: Final[str | None] = "CongenitalFindingSite"
UID: Final[str | None] = "1.2.840.10008.6.1.635"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

VentricularSeptalDefect: Final[Code] = Code(
    "SCT", "30288003", "Ventricular Septal Defect", (3610, 3700, 3728, 12244, 12248, 12286)
)
"""Ventricular Septal Defect (SCT 30288003)."""

AtrialSeptalDefect: Final[Code] = Code(
    "SCT", "70142008", "Atrial Septal Defect", (3610, 3700, 3728, 6148, 12244, 12248, 12284)
)
"""Atrial Septal Defect (SCT 70142008)."""

MEMBERS: Final[tuple[Code, ...]] = (VentricularSeptalDefect, AtrialSeptalDefect)
"""The resolved membership: own members, then those of the included groups, in order."""
