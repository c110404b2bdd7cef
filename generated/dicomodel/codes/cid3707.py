"""CID 3707 VSD Description.

Extensible, version 20030327, UID 1.2.840.10008.6.1.209.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3707
NAME: Final[str] = "VSD Description"
KEYWORD: Final[str | None] = "VSDDescription"
UID: Final[str | None] = "1.2.840.10008.6.1.209"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Membranous: Final[Code] = Code("SCT", "94150003", "Membranous", (3707,))
"""Membranous (SCT 94150003)."""

NonRestrictive: Final[Code] = Code("SCT", "373131000", "Non-restrictive", (3707,))
"""Non-restrictive (SCT 373131000)."""

Restrictive: Final[Code] = Code("SCT", "253551005", "Restrictive", (3707,))
"""Restrictive (SCT 253551005)."""

None_: Final[Code] = Code("SCT", "260413007", "None", (606, 3707, 3716, 4253))
"""None (SCT 260413007)."""

MEMBERS: Final[tuple[Code, ...]] = (Membranous, NonRestrictive, Restrictive, None_)
"""The resolved membership: own members, then those of the included groups, in order."""
