"""CID 3773 Use Status.

Extensible, version 20070827, UID 1.2.840.10008.6.1.261.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3773
NAME: Final[str] = "Use Status"
KEYWORD: Final[str | None] = "UseStatus"
UID: Final[str | None] = "1.2.840.10008.6.1.261"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20070827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Ended: Final[Code] = Code("SCT", "385656004", "Ended", (3773,))
"""Ended (SCT 385656004)."""

Suspended: Final[Code] = Code("SCT", "385655000", "Suspended", (3773,))
"""Suspended (SCT 385655000)."""

InProgress: Final[Code] = Code("SCT", "385651009", "In progress", (3773,))
"""In progress (SCT 385651009)."""

MEMBERS: Final[tuple[Code, ...]] = (Ended, Suspended, InProgress)
"""The resolved membership: own members, then those of the included groups, in order."""
