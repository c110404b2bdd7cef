"""CID 12241 Tricuspid Valve Finding Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.632.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12241
NAME: Final[str] = "Tricuspid Valve Finding Site"
KEYWORD: Final[str | None] = "TricuspidValveFindingSite"
UID: Final[str | None] = "1.2.840.10008.6.1.632"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TricuspidAnnulus: Final[Code] = Code("SCT", "113259005", "Tricuspid Annulus", (3011, 12241, 12305))
"""Tricuspid Annulus (SCT 113259005)."""

MEMBERS: Final[tuple[Code, ...]] = (TricuspidAnnulus,)
"""The resolved membership: own members, then those of the included groups, in order."""
