"""CID 3552 Pacing Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.148.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3552
NAME: Final[str] = "Pacing Action"
KEYWORD: Final[str | None] = "PacingAction"
UID: Final[str | None] = "1.2.840.10008.6.1.148"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BeginPacing: Final[Code] = Code("DCM", "121166", "Begin Pacing", (3552,))
"""Begin Pacing (DCM 121166)."""

EndPacing: Final[Code] = Code("DCM", "121167", "End Pacing", (3552,))
"""End Pacing (DCM 121167)."""

MEMBERS: Final[tuple[Code, ...]] = (BeginPacing, EndPacing)
"""The resolved membership: own members, then those of the included groups, in order."""
