"""CID 601 Biosafety Level.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1065.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 601
NAME: Final[str] = "Biosafety Level"
KEYWORD: Final[str | None] = "BiosafetyLevel"
UID: Final[str | None] = "1.2.840.10008.6.1.1065"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BiosafetyLevel1: Final[Code] = Code("SCT", "409600007", "Biosafety level 1", (601,))
"""Biosafety level 1 (SCT 409600007)."""

BiosafetyLevel2: Final[Code] = Code("SCT", "409603009", "Biosafety level 2", (601,))
"""Biosafety level 2 (SCT 409603009)."""

BiosafetyLevel3: Final[Code] = Code("SCT", "409604003", "Biosafety level 3", (601,))
"""Biosafety level 3 (SCT 409604003)."""

BiosafetyLevel4: Final[Code] = Code("SCT", "409605002", "Biosafety level 4", (601,))
"""Biosafety level 4 (SCT 409605002)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BiosafetyLevel1,
    BiosafetyLevel2,
    BiosafetyLevel3,
    BiosafetyLevel4,
)
"""The resolved membership: own members, then those of the included groups, in order."""
