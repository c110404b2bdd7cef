"""CID 4215 Ophthalmic Vertical Direction.

Extensible, version 20080124, UID 1.2.840.10008.6.1.801.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4215
NAME: Final[str] = "Ophthalmic Vertical Direction"
KEYWORD: Final[str | None] = "OphthalmicVerticalDirection"
UID: Final[str | None] = "1.2.840.10008.6.1.801"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080124"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Up: Final[Code] = Code("SCT", "255532002", "Up", (4215,))
"""Up (SCT 255532002)."""

Down: Final[Code] = Code("SCT", "255518004", "Down", (4215,))
"""Down (SCT 255518004)."""

MEMBERS: Final[tuple[Code, ...]] = (Up, Down)
"""The resolved membership: own members, then those of the included groups, in order."""
