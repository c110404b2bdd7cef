"""CID 6097 Side of Family.

Extensible, version 20040112, UID 1.2.840.10008.6.1.419.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6097
NAME: Final[str] = "Side of Family"
KEYWORD: Final[str | None] = "SideOfFamily"
UID: Final[str | None] = "1.2.840.10008.6.1.419"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Maternal: Final[Code] = Code("DCM", "111541", "Maternal", (6097,))
"""Maternal (DCM 111541)."""

Paternal: Final[Code] = Code("SCT", "224944003", "Paternal", (6097,))
"""Paternal (SCT 224944003)."""

MEMBERS: Final[tuple[Code, ...]] = (Maternal, Paternal)
"""The resolved membership: own members, then those of the included groups, in order."""
