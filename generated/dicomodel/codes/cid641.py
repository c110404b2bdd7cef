"""CID 641 Virus.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1106.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 641
NAME: _Final[str] = "Virus"
KEYWORD: _Final[str | None] = "Virus"
UID: _Final[str | None] = "1.2.840.10008.6.1.1106"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TheilerMurineEncephalomyelitisVirus: _Final[_Code] = _Code(
    "SCT", "42024000", "Theiler's murine encephalomyelitis virus", (641,)
)
"""Theiler's murine encephalomyelitis virus (SCT 42024000)."""

AdenoAssociatedVirusGroup: _Final[_Code] = _Code(
    "SCT", "112381006", "Adeno-associated virus group", (641,)
)
"""Adeno-associated virus group (SCT 112381006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TheilerMurineEncephalomyelitisVirus,
    AdenoAssociatedVirusGroup,
)
"""The resolved membership: own members, then those of the included groups, in order."""
