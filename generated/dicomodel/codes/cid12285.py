"""CID 12285 Cardiac Ultrasound Atrioventricular Valve Finding Site.

Extensible, version 20160314, UID 1.2.840.10008.6.1.865.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12285
NAME: Final[str] = "Cardiac Ultrasound Atrioventricular Valve Finding Site"
KEYWORD: Final[str | None] = "CardiacUltrasoundAtrioventricularValveFindingSite"
UID: Final[str | None] = "1.2.840.10008.6.1.865"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MitralValve: Final[Code] = Code(
    "SCT", "91134007", "Mitral Valve", (3610, 3701, 6149, 12223, 12285, 12305)
)
"""Mitral Valve (SCT 91134007)."""

TricuspidValve: Final[Code] = Code(
    "SCT", "46030003", "Tricuspid Valve", (3610, 3701, 6149, 12285, 12305)
)
"""Tricuspid Valve (SCT 46030003)."""

CommonNonMitralNonTricuspidAtrioventricularValveStructure: Final[Code] = Code(
    "SCT", "312522004", "Common non-mitral non-tricuspid Atrioventricular Valve Structure", (12285,)
)
"""Common non-mitral non-tricuspid Atrioventricular Valve Structure (SCT 312522004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MitralValve,
    TricuspidValve,
    CommonNonMitralNonTricuspidAtrioventricularValveStructure,
)
"""The resolved membership: own members, then those of the included groups, in order."""
