"""CID 12242 Aortic Valve Finding Site.

Extensible, version 20040614, UID 1.2.840.10008.6.1.633.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12242
NAME: Final[str] = "Aortic Valve Finding Site"
KEYWORD: Final[str | None] = "AorticValveFindingSite"
UID: Final[str | None] = "1.2.840.10008.6.1.633"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AorticValveRing: Final[Code] = Code("SCT", "77583004", "Aortic Valve Ring", (12242, 12305))
"""Aortic Valve Ring (SCT 77583004)."""

MEMBERS: Final[tuple[Code, ...]] = (AorticValveRing,)
"""The resolved membership: own members, then those of the included groups, in order."""
