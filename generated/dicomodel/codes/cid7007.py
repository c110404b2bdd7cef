"""CID 7007 Signature Purpose.

no type given.
Comprises the coding scheme ASTM-sigpurpose as a whole.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7007
NAME: Final[str] = "Signature Purpose"
KEYWORD: Final[str | None] = None
UID: Final[str | None] = None
EXTENSIBLE: Final[bool | None] = None
VERSION: Final[str | None] = None
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = "ASTM-sigpurpose"

MEMBERS: Final[tuple[Code, ...]] = ()
"""The resolved membership: own members, then those of the included groups, in order."""
