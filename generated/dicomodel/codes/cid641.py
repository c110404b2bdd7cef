"""CID 641 Virus.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1106.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
