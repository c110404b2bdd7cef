"""CID 3672 Pacemaker.

no type given.
Comprises the coding scheme NBG as a whole.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3672
NAME: Final[str] = "Pacemaker"
KEYWORD: Final[str | None] = None
UID: Final[str | None] = None
EXTENSIBLE: Final[bool | None] = None
VERSION: Final[str | None] = None
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = "NBG"

MEMBERS: Final[tuple[Code, ...]] = ()
"""The resolved membership: own members, then those of the included groups, in order."""
