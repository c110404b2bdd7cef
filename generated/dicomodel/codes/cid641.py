"""CID 641 Virus.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1106.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 641
NAME: Final[str] = "Virus"
KEYWORD: Final[str | None] = "Virus"
UID: Final[str | None] = "1.2.840.10008.6.1.1106"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TheilerMurineEncephalomyelitisVirus: Final[Code] = Code(
    "SCT", "42024000", "Theiler's murine encephalomyelitis virus", (641,)
)
"""Theiler's murine encephalomyelitis virus (SCT 42024000)."""

AdenoAssociatedVirusGroup: Final[Code] = Code(
    "SCT", "112381006", "Adeno-associated virus group", (641,)
)
"""Adeno-associated virus group (SCT 112381006)."""

MEMBERS: Final[tuple[Code, ...]] = (TheilerMurineEncephalomyelitisVirus, AdenoAssociatedVirusGroup)
"""The resolved membership: own members, then those of the included groups, in order."""
