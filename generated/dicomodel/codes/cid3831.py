"""CID 3831 Stenosis Length.

Extensible, version 20051103, UID 1.2.840.10008.6.1.282.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3831
NAME: Final[str] = "Stenosis Length"
KEYWORD: Final[str | None] = "StenosisLength"
UID: Final[str | None] = "1.2.840.10008.6.1.282"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Long: Final[Code] = Code("SCT", "255511005", "long", (3831,))
"""long (SCT 255511005)."""

Short: Final[Code] = Code("SCT", "367450005", "short", (3831,))
"""short (SCT 367450005)."""

MEMBERS: Final[tuple[Code, ...]] = (Long, Short)
"""The resolved membership: own members, then those of the included groups, in order."""
